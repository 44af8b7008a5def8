import { getLocale, getTranslations } from 'next-intl/server';
import { PersonName } from '@/components/ui/person-name';
import { removeWallPost } from '@/lib/content/actions';
import { excerpt, PREVIEW_CHARS } from '@/lib/content/excerpt';
import type { WallPostItem } from '@/lib/content/wall';
import { formatDateTime } from '@/lib/time/format';
import { ConfirmDeleteForm } from './confirm-delete-form';
import { EmptyState } from './section';

/** Wall posts, newest first, as plain text; `canRemove` adds Remove for moderators (false on the public site); `preview` sends the start of long posts (the Page tab). */
export async function WallList({ posts, timeZone, orgId, canRemove, preview = false }: { posts: WallPostItem[]; timeZone: string; orgId: number; canRemove: boolean; preview?: boolean }) {
  const t = await getTranslations('Wall');
  const locale = await getLocale();
  if (posts.length === 0) return <EmptyState>{t('empty')}</EmptyState>;
  return (
    <ul className="flex flex-col divide-y divide-neutral-200" data-testid="wall-list">
      {posts.map((post) => (
        <li key={post.id} className="py-3 first:pt-0 last:pb-0" data-testid="wall-post">
          <p className="text-sm">
            <PersonName person={post.author} />
            <span className="text-neutral-600">
              {' · '}
              <time dateTime={post.createdAt.toISOString()}>{formatDateTime(post.createdAt, locale, timeZone)}</time>
            </span>
          </p>
          <p className="mt-1 whitespace-pre-line break-words">{preview ? excerpt(post.body, PREVIEW_CHARS) : post.body}</p>
          {canRemove && (
            <div className="mt-2 text-sm print:hidden">
              <ConfirmDeleteForm
                action={removeWallPost}
                fields={{ orgId, postId: post.id }}
                trigger={t('remove')}
                title={t('remove_title')}
                text={t('remove_text')}
                confirm={t('yes_remove')}
              />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
