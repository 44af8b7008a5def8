import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Section } from '@/components/content/section';
import { WallList } from '@/components/content/wall-list';
import { WallPostForm } from '@/components/content/wall-post-form';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { Pagination } from '@/components/ui/pagination';
import { can } from '@/lib/auth/permissions';
import { postToWall } from '@/lib/content/actions';
import { getWallPosts, WALL_PAGE_SIZE } from '@/lib/content/queries';
import { requireOrgTab } from '@/lib/organizations/org-context';
import { parsePage } from '@/lib/pagination';

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ page?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Wall');
  return { title: t('title') };
}

/** The whole message wall, newest first, a page at a time (?page=). */
export default async function WallPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  const { org, auth, user } = await requireOrgTab(id, locale, 'page');
  const page = parsePage((await searchParams).page);
  const wall = await getWallPosts({ orgId: org.id, page, pageSize: WALL_PAGE_SIZE });
  const t = await getTranslations('Wall');
  const tCrumbs = await getTranslations('Breadcrumbs');
  return (
    <>
      <Breadcrumbs items={[{ label: org.shortName, href: `/org/${org.id}` }, { label: tCrumbs('page'), href: `/org/${org.id}` }, { label: t('title') }]} />
      <Section id="wall-heading" title={t('title')} count={wall.total}>
        {can(user, 'org.wall.post', auth) ? <WallPostForm action={postToWall} orgId={org.id} /> : <p className="mb-3 text-sm text-neutral-600">{t('read_only')}</p>}
        <WallList posts={wall.items} timeZone={org.timeZone} orgId={org.id} canRemove={can(user, 'org.forum.moderate', auth)} />
        <Pagination pathname={`/org/${org.id}/wall`} query={{}} page={page} total={wall.total} pageSize={WALL_PAGE_SIZE} />
      </Section>
    </>
  );
}
