import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { OrgTabsNav } from '@/components/layout/org-tabs-nav';
import { NavLink } from '@/components/ui/nav-link';

export const SETTINGS_SECTIONS = ['about', 'contacts', 'applications-email', 'functions', 'logo', 'localization', 'subordinates', 'subordinate-types', 'jurisdiction', 'register'] as const;
export const FEEDBACK_SECTIONS = ['contacts', 'reception', 'questions', 'applications'] as const;
export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];
export type FeedbackSection = (typeof FEEDBACK_SECTIONS)[number];

/** A section's path segment as a message key (keys are snake_case). */
export function sectionKey<S extends string>(section: S) {
  return section.replaceAll('-', '_') as S extends 'applications-email' ? 'applications_email' : S extends 'subordinate-types' ? 'subordinate_types' : S;
}

type Props = { org: { id: number; shortName: string }; title: string; intro?: string; children: ReactNode } & (
  | { block: 'settings'; current: SettingsSection }
  | { block: 'feedback'; current: FeedbackSection }
);

/**
 * The frame of an administration page: breadcrumbs, the block's section menu (the guide's
 * "Ұйым параметрлері" row of links), the title and the "back to administration" way out.
 */
export async function AdminShell(props: Props) {
  const { org, title, intro, children } = props;
  const [tAdmin, tSettings, tFeedback] = await Promise.all([getTranslations('Admin'), getTranslations('Settings'), getTranslations('FeedbackAdmin')]);
  const base = `/org/${org.id}/admin/${props.block}`;
  const items =
    props.block === 'settings'
      ? SETTINGS_SECTIONS.map((key) => ({ key, href: `${base}/${key}`, label: tSettings(`nav.${sectionKey(key)}`) }))
      : FEEDBACK_SECTIONS.map((key) => ({ key, href: `${base}/${key}`, label: tFeedback(`nav.${key}`) }));
  const blockTitle = props.block === 'settings' ? tSettings('title') : tFeedback('title');
  return (
    <>
      <Breadcrumbs items={[{ label: org.shortName, href: `/org/${org.id}` }, { label: tAdmin('title'), href: `/org/${org.id}/admin` }, { label: blockTitle }, { label: title }]} />
      <OrgTabsNav label={blockTitle} items={items} />
      <section aria-labelledby="admin-section-heading" className="flex flex-col gap-3">
        <div>
          <h2 id="admin-section-heading" className="text-lg font-semibold sm:text-xl">
            {title}
          </h2>
          {intro && <p className="text-sm text-neutral-700 sm:text-base">{intro}</p>}
        </div>
        {children}
      </section>
    </>
  );
}

/** "… or back to the organisation's administration" under a form, as in the guide. */
export async function BackToAdmin({ orgId }: { orgId: number }) {
  const t = await getTranslations('Settings');
  return (
    <p className="text-sm">
      <NavLink href={`/org/${orgId}/admin`} className="text-sky-800 underline">
        {t('back_to_admin')}
      </NavLink>
    </p>
  );
}
