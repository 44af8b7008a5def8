import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { FeedbackView } from '@/components/feedback/feedback-view';
import { formatBytes } from '@/lib/content/documents/files';
import { ATTACHMENT_MAX_BYTES } from '@/lib/feedback/schemas';
import { cachedFeedback } from '@/lib/site/cached';
import { type SiteParams, siteContext } from '@/lib/site/site-params';

// Static like the rest of the site; the citizens' forms post to route handlers that need no session.
export const dynamic = 'force-static';
export const revalidate = false;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('OrgTabs');
  return { title: t('feedback') };
}

export default async function SiteFeedbackPage({ params }: { params: SiteParams }) {
  const { orgId, org, locale } = await siteContext(params, 'feedback');
  const data = await cachedFeedback(orgId);
  return (
    <FeedbackView
      orgId={orgId}
      locale={locale}
      timeZone={org.timeZone}
      parts={data.parts}
      applicationsOpen={data.applicationsOpen}
      data={data}
      attachmentLimit={formatBytes(ATTACHMENT_MAX_BYTES, locale)}
    />
  );
}
