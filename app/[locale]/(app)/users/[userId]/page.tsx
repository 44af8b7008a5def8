import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ContactsSettingForm } from '@/components/people/contacts-setting-form';
import { fullName } from '@/lib/people/full-name';
import { requireUser } from '@/lib/auth/current-user';
import { parseId } from '@/lib/ids';
import { NavLink } from '@/components/ui/nav-link';
import { getUserProfile } from '@/lib/people/queries';

/** A user's personal page: name, photo placeholder, organisations and roles, the contacts the user allowed. */
export default async function UserPage({ params }: { params: Promise<{ locale: string; userId: string }> }) {
  const { locale, userId } = await params;
  const id = parseId(userId) ?? notFound();
  const viewer = await requireUser(`/${locale}/users/${userId}`);
  const profile = (await getUserProfile({ userId: id, viewerId: viewer.id })) ?? notFound();
  const t = await getTranslations('UserPage');
  const tRoles = await getTranslations('Roles');
  const isSelf = viewer.id === profile.userId;
  // getUserProfile already dropped the contacts the user did not allow this viewer to see.
  const contacts = [profile.email, profile.phone].filter(Boolean).join(' · ');
  return (
    <div className="flex flex-col gap-4 md:flex-row">
      <div role="img" aria-label={t('photo_label')} className="flex h-32 w-32 shrink-0 items-center justify-center rounded-lg bg-neutral-200 text-4xl text-neutral-500">
        {profile.surname.slice(0, 1)}
        {profile.name.slice(0, 1)}
      </div>
      <div className="flex flex-1 flex-col gap-4">
        <h1 className="text-2xl font-semibold">{fullName(profile)}</h1>
        <section aria-labelledby="orgs-heading" className="card">
          <h2 id="orgs-heading" className="mb-3 text-lg font-semibold">
            {t('organizations')}
          </h2>
          {profile.roles.length === 0 ? (
            <p className="text-neutral-600">{t('no_memberships')}</p>
          ) : (
            <ul className="flex flex-col gap-2">
              {profile.roles.map((r) => (
                <li key={`${r.organizationId}-${r.role}`}>
                  <NavLink href={`/org/${r.organizationId}`} className="text-sky-800 underline">
                    {r.organizationName}
                  </NavLink>
                  {' — '}
                  {[r.position || tRoles(r.role), r.isAdmin && tRoles('admin'), r.isModerator && tRoles('moderator'), r.isEditor && tRoles('editor')]
                    .filter(Boolean)
                    .join(', ')}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="contacts-heading" className="card">
          <h2 id="contacts-heading" className="mb-3 text-lg font-semibold">
            {t('contacts')}
          </h2>
          {profile.contactsVisible ? (
            contacts ? (
              <p data-testid="user-contacts">{contacts}</p>
            ) : (
              <p className="text-neutral-600">{t('no_contacts')}</p>
            )
          ) : (
            <p className="text-neutral-600">{t('contacts_hidden')}</p>
          )}
          {isSelf && <ContactsSettingForm showContacts={profile.showContacts} />}
        </section>
      </div>
    </div>
  );
}
