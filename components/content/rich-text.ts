/**
 * Styles for the few elements the sanitiser lets through (no typography plugin here), shared by
 * the page and the editor's preview so the preview looks like the page. Tables and images never
 * widen the page: a wide table scrolls inside its own box (a scroll container the keyboard reaches).
 */
export const RICH_TEXT_CLASS =
  'break-words [&_a]:text-sky-800 [&_a]:underline [&_blockquote]:border-l-4 [&_blockquote]:border-neutral-300 [&_blockquote]:pl-4 [&_blockquote]:text-neutral-700 ' +
  '[&_h2]:mt-4 [&_h2]:text-xl [&_h2]:font-semibold [&_h3]:mt-3 [&_h3]:text-lg [&_h3]:font-semibold [&_h4]:mt-2 [&_h4]:font-semibold [&_li]:my-1 ' +
  '[&_hr]:my-4 [&_hr]:border-neutral-300 [&_img]:my-2 [&_img]:h-auto [&_img]:max-w-full ' +
  '[&_ol]:list-decimal [&_ol]:pl-6 [&_p]:my-2 [&_table]:my-3 [&_table]:block [&_table]:max-w-full [&_table]:overflow-x-auto [&_table]:border-collapse ' +
  '[&_td]:border [&_td]:border-neutral-300 [&_td]:px-2 [&_td]:py-1 ' +
  '[&_table:focus-visible]:outline-2 [&_table:focus-visible]:outline-sky-700 ' +
  '[&_th]:border [&_th]:border-neutral-300 [&_th]:bg-neutral-100 [&_th]:px-2 [&_th]:py-1 [&_ul]:list-disc [&_ul]:pl-6';

/**
 * Sanitised HTML as shown: each table gets tabindex 0, so a keyboard reaches a table that scrolls
 * sideways on a phone. Done on showing, not stored, so stored pages stay as they were; the
 * sanitiser lets no attribute through on <table>, so every table it leaves is written `<table>`.
 */
export function withReachableTables(html: string): string {
  return html.replaceAll('<table>', '<table tabindex="0">');
}
