import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { FEEDBACK_SECTIONS, SETTINGS_SECTIONS, sectionKey } from '@/components/admin/admin-shell';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { getOrgAuth, requirePermission } from '@/lib/auth/current-user';
import { parseId } from '@/lib/ids';
import { NavLink } from '@/components/ui/nav-link';
import { getOrgContext } from '@/lib/organizations/org-context';

type AdminBlock = { id: string; title: string; links: Array<{ href: string; label: string; text?: string }> };

/**
 * Administration home (guide 3.1), admins only — others get 403, also by URL: the People,
 * Settings and Feedback blocks, and Data exchange for an authority.
 */
export default async function AdministrationPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  const orgId = parseId(id) ?? notFound();
  await requirePermission(`/${locale}/org/${id}/admin`, 'org.admin', await getOrgAuth(orgId));
  const { org } = await getOrgContext(id, locale);
  const [t, tPeople, tSettings, tFeedback, tExchange] = await Promise.all([
    getTranslations('Admin'),
    getTranslations('AdminPeople'),
    getTranslations('Settings'),
    getTranslations('FeedbackAdmin'),
    getTranslations('DataExchange'),
  ]);
  const base = `/org/${org.id}/admin`;
  const blocks: AdminBlock[] = [
    {
      id: 'admin-people-heading',
      title: tPeople('title'),
      links: [
        { href: `${base}/people`, label: tPeople('list_title') },
        { href: `${base}/people/new`, label: tPeople('create_person') },
        { href: `${base}/people/import`, label: tPeople('import') },
      ],
    },
    {
      id: 'admin-settings-heading',
      title: t('settings'),
      links: [
        { href: `${base}/settings/functions`, label: t('functions'), text: t('functions_text') },
        ...SETTINGS_SECTIONS.filter((key) => key !== 'functions').map((key) => ({
          href: `${base}/settings/${key}`,
          label: tSettings(`nav.${sectionKey(key)}`),
          text: tSettings(`home.${sectionKey(key)}`),
        })),
      ],
    },
    {
      id: 'admin-feedback-heading',
      title: tFeedback('title'),
      links: FEEDBACK_SECTIONS.map((key) => ({ href: `${base}/feedback/${key}`, label: tFeedback(`nav.${key}`), text: tFeedback(`home.${key}`) })),
    },
    // OneRoster exchange covers an authority's network; an institution's data comes through its authority.
    ...(org.kind === 'authority'
      ? [{ id: 'admin-exchange-heading', title: tExchange('title'), links: [{ href: `${base}/data-exchange`, label: tExchange('title'), text: tExchange('admin_text') }] }]
      : []),
  ];
  return (
    <>
      <Breadcrumbs items={[{ label: org.shortName, href: `/org/${org.id}` }, { label: t('title') }]} />
      <h2 className="text-xl font-semibold">{t('title')}</h2>
      {blocks.map((block) => (
        <section key={block.id} aria-labelledby={block.id} className="card">
          <h3 id={block.id} className="mb-3 text-lg font-semibold">
            {block.title}
          </h3>
          <ul className="flex flex-col gap-2">
            {block.links.map((link) => (
              <li key={link.href}>
                <NavLink href={link.href} className="text-sky-800 underline">
                  {link.label}
                </NavLink>
                {link.text && <p className="text-sm text-neutral-600">{link.text}</p>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
