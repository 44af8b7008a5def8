import { getLocale, getTranslations } from 'next-intl/server';
import { personRef } from '@/components/ui/person-name';
import { removeWallPost } from '@/lib/content/actions';
import { excerpt, PREVIEW_CHARS } from '@/lib/content/excerpt';
import type { WallPostItem } from '@/lib/content/wall';
import { shownTime } from '@/lib/time/format';
import { type WallEntry, WallItems } from './wall-items';
import { EmptyState } from './section';

/** Wall posts, newest first, as plain text; `canRemove` adds Remove for moderators (false on the public site); `preview` sends the start of long posts (the Page tab). */
export async function WallList({ posts, timeZone, orgId, canRemove, preview = false }: { posts: WallPostItem[]; timeZone: string; orgId: number; canRemove: boolean; preview?: boolean }) {
  const t = await getTranslations('Wall');
  const locale = await getLocale();
  if (posts.length === 0) return <EmptyState>{t('empty')}</EmptyState>;
  const entries: WallEntry[] = posts.map((post) => ({
    id: post.id,
    author: personRef(post.author),
    at: shownTime(post.createdAt, locale, timeZone),
    body: preview ? excerpt(post.body, PREVIEW_CHARS) : post.body,
  }));
  const labels = { remove: t('remove'), removeTitle: t('remove_title'), removeText: t('remove_text'), yesRemove: t('yes_remove') };
  return <WallItems posts={entries} orgId={orgId} labels={labels} removeAction={canRemove ? removeWallPost : undefined} />;
}
