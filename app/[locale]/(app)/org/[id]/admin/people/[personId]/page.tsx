import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { HistoryList } from '@/components/admin-people/history-list';
import { IdentityForm } from '@/components/admin-people/identity-form';
import { PeopleHeader } from '@/components/admin-people/people-header';
import { PersonEditForm, type SharedDataAccess } from '@/components/admin-people/person-edit-form';
import { PersonView } from '@/components/admin-people/person-view';
import { LinkTabs } from '@/components/ui/link-tabs';
import { Pagination } from '@/components/ui/pagination';
import { getDb } from '@/db';
import { parseId } from '@/lib/ids';
import { NavLink } from '@/components/ui/nav-link';
import { parsePage } from '@/lib/pagination';
import { requirePeopleAdmin } from '@/lib/people/admin/context';
import { getPersonHistory, getPersonInOrg, type PersonInOrg } from '@/lib/people/admin/queries';
import { homeOrganizationOf, mayEditSharedData, mayHandOutCredentials } from '@/lib/people/home-organization';
import { single } from '@/lib/search-params';

type Props = {
  params: Promise<{ locale: string; id: string; personId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('AdminPeople');
  return { title: t('title') };
}

/** A person in Administration → People: tabs View (F-3.4, history) and Data (F-3.3). */
export default async function AdminPersonPage({ params, searchParams }: Props) {
  const { locale, id, personId: personParam } = await params;
  const query = await searchParams;
  const { org, user } = await requirePeopleAdmin(id, locale, `/${personParam}`);
  const personId = parseId(personParam) ?? notFound();
  const db = getDb();
  const person = (await getPersonInOrg(db, { orgId: org.id, personId })) ?? notFound();
  // Another organisation may be the person's home: then its admins alone hand out credentials
  // and change the shared data; this page shows both read-only and says whom to ask.
  const home = await homeOrganizationOf(db, personId);
  const sharedData: SharedDataAccess = { editable: mayEditSharedData(user, personId, home), homeName: home?.shortName ?? '' };
  const t = await getTranslations('AdminPeople');
  const tHistory = await getTranslations('PersonHistory');
  const tRoles = await getTranslations('Roles');
  const tab = single(query.tab) === 'data' ? 'data' : 'view';
  const name = [person.surname, person.name, person.patronymic].filter(Boolean).join(' ');
  const base = `/org/${org.id}/admin/people/${personId}`;
  return (
    <div className="flex flex-col gap-4">
      <PeopleHeader orgId={org.id} orgName={org.shortName} title={name} trail={[{ label: name }]} />
      <LinkTabs
        label={t('person_tabs')}
        current={tab}
        tabs={[
          { key: 'view', href: base, label: t('tab_view') },
          { key: 'data', href: `${base}?tab=data`, label: t('tab_data') },
        ]}
      />
      {tab === 'view' ? (
        <>
          <PersonView
            person={person}
            orgId={org.id}
            orgName={org.shortName}
            locale={locale}
            timeZone={org.timeZone}
            credentials={{ allowed: mayHandOutCredentials(user, home), homeName: home?.shortName ?? '' }}
          />
          <History orgId={org.id} personId={personId} page={parsePage(query.hpage)} base={base} locale={locale} timeZone={org.timeZone} title={tHistory('title')} />
        </>
      ) : person.active.length === 0 ? (
        <p className="card">{t('archived_notice', { name })}</p>
      ) : (
        <DataTab
          person={person}
          orgId={org.id}
          base={base}
          selected={parseId(single(query.membership) ?? '')}
          roleLabels={Object.fromEntries(person.active.map((m) => [m.id, tRoles(m.role)]))}
          choiceLabel={t('membership_choice')}
          sharedData={sharedData}
        />
      )}
    </div>
  );
}

async function History(props: { orgId: number; personId: number; page: number; base: string; locale: string; timeZone: string; title: string }) {
  const history = await getPersonHistory(getDb(), { orgId: props.orgId, personId: props.personId, page: props.page });
  return (
    <section aria-labelledby="history-heading" className="card">
      <h3 id="history-heading" className="mb-3 font-semibold">{props.title}</h3>
      <HistoryList rows={history.rows} locale={props.locale} timeZone={props.timeZone} />
      <Pagination pathname={props.base} query={{}} page={props.page} total={history.total} pageSize={history.pageSize} />
    </section>
  );
}

function DataTab(props: {
  person: PersonInOrg;
  orgId: number;
  base: string;
  selected: number | null;
  roleLabels: Record<number, string>;
  choiceLabel: string;
  sharedData: SharedDataAccess;
}) {
  const { person } = props;
  const membership = person.active.find((m) => m.id === props.selected) ?? person.active[0]!;
  return (
    <div className="flex flex-col gap-4 card">
      {person.active.length > 1 && (
        <nav aria-label={props.choiceLabel} className="flex flex-wrap gap-2 text-sm">
          {person.active.map((m) => (
            <NavLink key={m.id} href={`${props.base}?tab=data&membership=${m.id}`} aria-current={m.id === membership.id ? 'page' : undefined} className={m.id === membership.id ? 'font-semibold underline' : 'text-sky-800 underline'}>
              {props.roleLabels[m.id]}
            </NavLink>
          ))}
        </nav>
      )}
      <PersonEditForm
        key={membership.id}
        orgId={props.orgId}
        personId={person.personId}
        membershipId={membership.id}
        sharedData={props.sharedData}
        initial={{
          surname: person.surname,
          name: person.name,
          patronymic: person.patronymic ?? '',
          birthDate: person.birthDate,
          email: person.email ?? '',
          phone: person.phone ?? '',
          position: membership.position,
          socialPosition: membership.socialPosition,
          employment: membership.employment,
          isAdmin: membership.isAdmin,
          isModerator: membership.isModerator,
          isEditor: membership.isEditor,
        }}
      />
      <IdentityForm orgId={props.orgId} personId={person.personId} initial={{ iin: person.iin, sex: person.sex, birthDate: person.birthDate }} />
    </div>
  );
}
