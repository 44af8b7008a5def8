import { getLocale, getTranslations } from 'next-intl/server';
import type { PageDetail } from '@/lib/content/pages';
import { formatDateTime } from '@/lib/time/format';

// Styles for the few elements the sanitiser lets through (no typography plugin here).
const richText =
  'break-words [&_a]:text-sky-800 [&_a]:underline [&_blockquote]:border-l-4 [&_blockquote]:border-neutral-300 [&_blockquote]:pl-4 [&_blockquote]:text-neutral-700 ' +
  '[&_h2]:mt-4 [&_h2]:text-xl [&_h2]:font-semibold [&_h3]:mt-3 [&_h3]:text-lg [&_h3]:font-semibold [&_h4]:mt-2 [&_h4]:font-semibold [&_li]:my-1 ' +
  '[&_ol]:list-decimal [&_ol]:pl-6 [&_p]:my-2 [&_table]:my-3 [&_table]:border-collapse [&_td]:border [&_td]:border-neutral-300 [&_td]:px-2 [&_td]:py-1 ' +
  '[&_th]:border [&_th]:border-neutral-300 [&_th]:bg-neutral-100 [&_th]:px-2 [&_th]:py-1 [&_ul]:list-disc [&_ul]:pl-6';

/**
 * An interactive page. `bodyHtml` comes from lib/content/pages, which sanitises it when it is
 * stored and again when it is read: it is the only HTML rendered as HTML on the portal.
 */
export async function InteractivePageView({ page, timeZone }: { page: PageDetail; timeZone: string }) {
  const t = await getTranslations('InteractivePages');
  const locale = await getLocale();
  return (
    <article aria-labelledby="interactive-page-title" className="rounded-lg bg-white p-5 shadow-sm">
      <h2 id="interactive-page-title" className="text-xl font-semibold">
        {page.title}
      </h2>
      <p className="text-sm text-neutral-600">{t('updated', { date: formatDateTime(page.updatedAt, locale, timeZone) })}</p>
      {page.bodyHtml ? (
        <div className={`mt-3 ${richText}`} data-testid="interactive-page-body" dangerouslySetInnerHTML={{ __html: page.bodyHtml }} />
      ) : (
        <p className="mt-3 text-neutral-600">{t('empty_body')}</p>
      )}
    </article>
  );
}
