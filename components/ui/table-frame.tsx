import type { ReactNode } from 'react';

/**
 * The app's three table looks, each set once on the table rather than on each of its cells and
 * rows (page weight, issue 13): `list` for the feature lists (notifications, documents, history,
 * the register), `card` for a table standing on its own white card (admin People), `grid` for the
 * reports' bordered, striped figures. Named in app/globals.css (`table-list` …): a table said
 * its ≈ 380 characters of classes in the HTML and again in the page's payload.
 */
export const TABLE_LOOKS = { list: 'table-list', card: 'table-card', grid: 'table-grid' } as const;

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
