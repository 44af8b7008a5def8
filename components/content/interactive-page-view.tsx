import { getLocale, getTranslations } from 'next-intl/server';
import type { PageDetail } from '@/lib/content/pages';
import { formatDateTime } from '@/lib/time/format';
import { RICH_TEXT_CLASS, withReachableTables } from './rich-text';

/**
 * An interactive page. `bodyHtml` comes from lib/content/pages, which sanitises it when it is
 * stored and again when it is read: it is the only HTML rendered as HTML on the portal.
 */
export async function InteractivePageView({ page, timeZone }: { page: PageDetail; timeZone: string }) {
  const t = await getTranslations('InteractivePages');
  const locale = await getLocale();
  return (
    <article aria-labelledby="interactive-page-title" className="card">
      <h2 id="interactive-page-title" className="text-xl font-semibold">
        {page.title}
      </h2>
      <p className="text-sm text-neutral-600">{t('updated', { date: formatDateTime(page.updatedAt, locale, timeZone) })}</p>
      {page.bodyHtml ? (
        <div className={`mt-3 ${RICH_TEXT_CLASS}`} data-testid="interactive-page-body" dangerouslySetInnerHTML={{ __html: withReachableTables(page.bodyHtml) }} />
      ) : (
        <p className="mt-3 text-neutral-600">{t('empty_body')}</p>
      )}
    </article>
  );
}
