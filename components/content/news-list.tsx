import { getLocale, getTranslations } from 'next-intl/server';
import { deleteNews } from '@/lib/content/actions';
import { excerpt, PREVIEW_CHARS } from '@/lib/content/excerpt';
import type { NewsItem } from '@/lib/content/news';
import { formatDateTime } from '@/lib/time/format';
import { RowActions } from './row-actions';
import { EmptyState } from './section';

const EDITED_AFTER_MS = 60_000;

/**
 * News, newest first, as plain text (never HTML). `preview` sends the start of long texts and clamps it (the Page tab);
 * `editable` adds Edit and Delete for editors — the public site passes false.
 */
export async function NewsList({ items, timeZone, orgId, editable, preview = false }: { items: NewsItem[]; timeZone: string; orgId: number; editable: boolean; preview?: boolean }) {
  const t = await getTranslations('News');
  const tCommon = await getTranslations('Common');
  const locale = await getLocale();
  if (items.length === 0) return <EmptyState>{t('empty')}</EmptyState>;
  return (
    <ul className="flex flex-col divide-y divide-neutral-200" data-testid="news-list">
      {items.map((item) => (
        <li key={item.id} className="py-3 first:pt-0 last:pb-0">
          <article aria-labelledby={`news-${item.id}-title`}>
            <h3 id={`news-${item.id}-title`} className="font-semibold">
              {item.title}
            </h3>
            <p className="text-sm text-neutral-600">
              <time dateTime={item.publishedAt.toISOString()}>{formatDateTime(item.publishedAt, locale, timeZone)}</time>
              {item.updatedAt.getTime() - item.publishedAt.getTime() > EDITED_AFTER_MS && <> · {t('edited', { date: formatDateTime(item.updatedAt, locale, timeZone) })}</>}
            </p>
            <p className={`mt-1 whitespace-pre-line break-words ${preview ? 'line-clamp-4' : ''}`}>{preview ? excerpt(item.body, PREVIEW_CHARS) : item.body}</p>
            {editable && (
              <RowActions
                editHref={`/org/${orgId}/news/${item.id}/edit`}
                editText={tCommon('edit')}
                editLabel={t('edit_named', { title: item.title })}
                deleteAction={deleteNews}
                fields={{ orgId, newsId: item.id }}
                deleteText={tCommon('delete')}
                deleteLabel={t('delete_named', { title: item.title })}
                confirmTitle={t('delete_title')}
                confirmText={t('delete_text', { title: item.title })}
              />
            )}
          </article>
        </li>
      ))}
    </ul>
  );
}
