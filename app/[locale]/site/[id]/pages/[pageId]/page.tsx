import { notFound } from 'next/navigation';
import { InteractivePageView } from '@/components/content/interactive-page-view';
import { parseId } from '@/lib/ids';
import { cachedPage } from '@/lib/site/cached';
import { siteContext } from '@/lib/site/site-params';

export const dynamic = 'force-static';
export const revalidate = false;

export default async function SiteInteractivePage({ params }: { params: Promise<{ locale: string; id: string; pageId: string }> }) {
  const { orgId, org, siteOn } = await siteContext(params, 'page');
  const pageId = parseId((await params).pageId) ?? notFound();
  if (!siteOn || !org.functions.pages.enabled) notFound();
  const page = (await cachedPage(orgId, pageId)) ?? notFound();
  return <InteractivePageView page={page} timeZone={org.timeZone} />;
}
