import { getLocale, getTranslations } from 'next-intl/server';
import { deleteNews } from '@/lib/content/actions';
import { excerpt, PREVIEW_CHARS } from '@/lib/content/excerpt';
import type { NewsItem } from '@/lib/content/news';
import { formatDateTime, shownTime } from '@/lib/time/format';
import { type NewsEntry, NewsItems } from './news-items';
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
  const entries: NewsEntry[] = items.map((item) => ({
    id: item.id,
    title: item.title,
    at: shownTime(item.publishedAt, locale, timeZone),
    edited: item.updatedAt.getTime() - item.publishedAt.getTime() > EDITED_AFTER_MS ? t('edited', { date: formatDateTime(item.updatedAt, locale, timeZone) }) : null,
    body: preview ? excerpt(item.body, PREVIEW_CHARS) : item.body,
    controls: editable ? { editLabel: t('edit_named', { title: item.title }), deleteLabel: t('delete_named', { title: item.title }), confirmText: t('delete_text', { title: item.title }) } : null,
  }));
  const labels = { edit: tCommon('edit'), delete: tCommon('delete'), confirmTitle: t('delete_title') };
  return <NewsItems items={entries} clamp={preview} orgId={orgId} labels={labels} deleteAction={editable ? deleteNews : undefined} />;
}
