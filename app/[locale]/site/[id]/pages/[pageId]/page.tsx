import { notFound } from 'next/navigation';
import { InteractivePageView } from '@/components/content/interactive-page-view';
import { can } from '@/lib/auth/permissions';
import { parseId } from '@/lib/ids';
import { cachedPage } from '@/lib/site/cached';
import { siteContext } from '@/lib/site/site-params';

export const dynamic = 'force-static';
export const revalidate = false;

export default async function SiteInteractivePage({ params }: { params: Promise<{ locale: string; id: string; pageId: string }> }) {
  const { orgId, org, auth, siteOn } = await siteContext(params, 'page');
  const pageId = parseId((await params).pageId) ?? notFound();
  if (!siteOn || !can(null, 'org.pages.view', auth)) notFound();
  const page = (await cachedPage(orgId, pageId)) ?? notFound();
  return <InteractivePageView page={page} timeZone={org.timeZone} />;
}
