import type { ReactNode } from 'react';

/**
 * The app's three table looks, each set once on the table rather than on each of its cells and
 * rows (page weight, issue 13): `list` for the feature lists (notifications, documents, history,
 * the register), `card` for a table standing on its own white card (admin People), `grid` for the
 * reports' bordered, striped figures.
 */
/** A column header's sort link (components/ui/data-table.tsx), styled here once rather than on every link. */
const SORT_LINKS = '[&_th>a]:font-semibold [&_th>a:hover]:underline';

export const TABLE_LOOKS = {
  list:
    'w-full text-left text-sm [&_td]:py-2 [&_td]:pr-3 [&_th]:py-2 [&_th]:pr-3 [&_td:last-child]:pr-0 [&_th:last-child]:pr-0 [&_thead]:border-b [&_thead]:border-neutral-200 [&_thead]:text-neutral-600 [&_tbody_tr]:border-b [&_tbody_tr]:border-neutral-100 [&_tbody_tr]:align-top [&_tbody_tr:last-child]:border-0 ' + SORT_LINKS,
  card: 'w-full text-left [&_td]:px-3 [&_td]:py-2 [&_th]:px-3 [&_th]:py-2 [&_thead]:border-b [&_thead]:border-neutral-200 [&_thead]:text-sm [&_thead]:text-neutral-600 [&_tbody_tr]:border-b [&_tbody_tr]:border-neutral-100 [&_tbody_tr:last-child]:border-0 ' + SORT_LINKS,
  grid:
    'w-full border-collapse text-sm [&_td]:border [&_td]:border-neutral-300 [&_td]:px-2 [&_td]:py-1 [&_th]:border [&_th]:border-neutral-300 [&_th]:px-2 [&_th]:py-1 ' +
    '[&_thead_th]:bg-neutral-100 [&_thead_th]:text-center [&_tbody_tr:nth-child(even)]:bg-neutral-50 [&_td]:tabular-nums ' +
    SORT_LINKS,
} as const;

export type TableLook = keyof typeof TABLE_LOOKS;

const FRAME_LOOKS: Record<TableLook, string> = {
  list: 'overflow-x-auto',
  card: 'overflow-x-auto rounded-lg bg-white shadow-sm',
  grid: 'overflow-x-auto print:overflow-visible',
};

/**
 * A table in its own scrolling box: on a 390 px phone a wide table scrolls sideways inside the
 * box, never the page. `focusable` when its cells hold no link to tab to (the reports' figures),
 * so a keyboard can scroll it too.
 */
export function TableFrame({ look = 'list', focusable, testId, className, children }: { look?: TableLook; focusable?: boolean; testId?: string; className?: string; children?: ReactNode }) {
  return (
    <div {...(focusable ? { className: FRAME_LOOKS[look], tabIndex: 0 } : { className: FRAME_LOOKS[look] })}>
      <table className={className ? `${TABLE_LOOKS[look]} ${className}` : TABLE_LOOKS[look]} {...(testId ? { 'data-testid': testId } : {})}>
        {children}
      </table>
    </div>
  );
}
