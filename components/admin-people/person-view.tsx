import { getTranslations } from 'next-intl/server';
import type { PersonInOrg } from '@/lib/people/admin/queries';
import { formatDate } from '@/lib/time/format';
import { PalmLink } from './palm-link';
import { ReissueInvitation } from './reissue-invitation';
import { RemovePerson } from './remove-person';
import { RestoreButton } from './restore-button';

/** The View tab: personal data, the memberships here, the account, Remove / Restore. */
export async function PersonView({
  person,
  orgId,
  orgName,
  locale,
  timeZone,
  credentials,
}: {
  person: PersonInOrg;
  orgId: number;
  orgName: string;
  locale: string;
  timeZone: string;
  /** Whether this admin hands out the person's invitation, else the home organisation to ask. */
  credentials: { allowed: boolean; homeName: string };
}) {
  const t = await getTranslations('AdminPeople');
  const tWizard = await getTranslations('PersonWizard');
  const tRoles = await getTranslations('Roles');
  const name = [person.surname, person.name, person.patronymic].filter(Boolean).join(' ');
  const date = (value: string | Date | null) => (value ? formatDate(value, locale, timeZone) : t('not_given'));
  const activeRoles = new Set(person.active.map((m) => m.role));
  const data: Array<[string, string]> = [
    [tWizard('birth_date'), date(person.birthDate)],
    [tWizard('sex'), tWizard(person.sex)],
    [tWizard('iin'), person.iin],
    [tWizard('email'), person.email ?? t('not_given')],
    [tWizard('phone'), person.phone ?? t('not_given')],
  ];
  return (
    <div className="grid gap-4 md:grid-cols-[2fr_1fr]">
      <div className="flex flex-col gap-4">
        <section aria-labelledby="personal-heading" className="card">
          <h3 id="personal-heading" className="mb-3 font-semibold">{t('personal_data')}</h3>
          <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1">
            {data.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-neutral-600">{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </section>
        <section aria-labelledby="memberships-heading" className="card">
          <h3 id="memberships-heading" className="mb-3 font-semibold">{t('in_organization')}</h3>
          <ul className="flex flex-col gap-3">
            {[...person.active, ...person.archived].map((m) => {
              const rights = [m.isAdmin && tRoles('admin'), m.isModerator && tRoles('moderator'), m.isEditor && tRoles('editor')].filter(Boolean);
              return (
                <li key={m.id} className={m.archivedAt ? 'text-neutral-500' : undefined} data-testid="membership">
                  <p className="font-medium">
                    {tRoles(m.role)}
                    {m.position && ` — ${m.position}`}
                  </p>
                  <p className="text-sm">
                    {tWizard('arrival_date')}: {date(m.arrivalDate)} · {t('extra_rights')}: {rights.length ? rights.join(', ') : t('no_extra_rights')}
                  </p>
                  {m.archivedAt && (
                    <div className="mt-1 flex flex-wrap items-center gap-3 text-sm">
                      <span>{t('archived_since', { date: date(m.archivedAt) })}</span>
                      {!activeRoles.has(m.role) && <RestoreButton orgId={orgId} membershipId={m.id} label={`${t('restore')}: ${tRoles(m.role)}`} done={t('restored_role', { role: tRoles(m.role) })} />}
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      </div>
      <aside className="flex flex-col gap-4">
        <section aria-labelledby="account-heading" className="flex flex-col gap-3 card">
          <h3 id="account-heading" className="font-semibold">{t('account')}</h3>
          {person.userId !== null ? (
            <p className="flex items-center gap-2">
              <PalmLink userId={person.userId} label={t('personal_page', { name })} />
              {t('registered_as', { login: person.userLogin ?? '' })}
            </p>
          ) : (
            <>
              <p>
                {!person.invitation
                  ? t('invitation_none')
                  : credentials.allowed
                    ? t('invitation_open', { date: date(person.invitation.createdAt), login: person.invitation.login })
                    : t('invitation_open_elsewhere', { date: date(person.invitation.createdAt) })}
              </p>
              {person.active.length > 0 &&
                (credentials.allowed ? (
                  <ReissueInvitation orgId={orgId} orgName={orgName} personId={person.personId} />
                ) : (
                  <p className="rounded border border-sky-200 bg-sky-50 px-3 py-2 text-sm" data-testid="invitation-by-home">
                    {t('invitation_by_home', { organization: credentials.homeName })}
                  </p>
                ))}
            </>
          )}
        </section>
        {person.active.length > 0 && (
          <section className="card">
            <RemovePerson orgId={orgId} personId={person.personId} name={name} />
          </section>
        )}
      </aside>
    </div>
  );
}
