import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { FeedbackView } from '@/components/feedback/feedback-view';
import { can } from '@/lib/auth/permissions';
import { getFeedbackTab } from '@/lib/feedback/queries';
import { formatBytes } from '@/lib/content/documents/files';
import { ATTACHMENT_MAX_BYTES } from '@/lib/feedback/schemas';
import { requireOrgTab } from '@/lib/organizations/org-context';

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('OrgTabs');
  return { title: t('feedback') };
}

/** Feedback tab (F-2.6) for signed-in users; the public site shows the same view. */
export default async function FeedbackPage({ params }: Props) {
  const { locale, id } = await params;
  const { org, auth, user } = await requireOrgTab(id, locale, 'feedback');
  const data = await getFeedbackTab({ orgId: org.id });
  const tTabs = await getTranslations('OrgTabs');
  return (
    <>
      <Breadcrumbs items={[{ label: org.shortName, href: `/org/${org.id}` }, { label: tTabs('feedback') }]} />
      <FeedbackView
        orgId={org.id}
        locale={locale}
        timeZone={org.timeZone}
        parts={data.parts}
        applicationsOpen={data.applicationsOpen}
        data={data}
        editHref={can(user, 'org.settings.edit', auth) ? `/org/${org.id}/admin/feedback/contacts` : undefined}
        attachmentLimit={formatBytes(ATTACHMENT_MAX_BYTES, locale)}
      />
    </>
  );
}
