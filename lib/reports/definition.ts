import 'server-only';
import type { Database } from '@/db';
import type { Locale } from '@/lib/i18n/routing';
import type { ReportScope } from './scope';
import type { Parsed } from './territory';
import type { SearchParams } from '@/lib/search-params';

/**
 * A report is one definition: how its filters are read from the address, the query that
 * computes it, its columns (message keys) and totals. The page, its chart, the print view and
 * the export route all take their numbers from `run` and their layout from `columns`, through
 * `tabulate`, so they cannot disagree.
 */

export type CellValue = string | number | null;
export type ColumnKind = 'text' | 'integer' | 'percent' | 'decimal' | 'date';

export type ReportColumn<R> = {
  key: string;
  /** Message key in the report's namespace, or a full "Namespace.key" path. */
  label: string;
  /** Message key of the header group above this column (figure 18's "Staff", "Students"…). */
  group?: string;
  kind: ColumnKind;
  value: (row: R) => CellValue;
  /** Message key shown for an empty value, e.g. "no data". */
  empty?: string;
  /** The value is a message key of the report's namespace (or several, comma-separated), shown translated. */
  translated?: boolean | ((row: R) => boolean);
};

export type ReportResult<R> = {
  rows: R[];
  /** The grouped form: a title and its rows (register by institution type). */
  sections?: Array<{ title: string; rows: R[] }>;
  totals?: R;
};

export type ReportContext = { db: Database; scope: ReportScope; locale: Locale; today: string };

export type ChartSpec<R> = {
  category: (row: R) => string;
  series: Array<{ key: string; label: string; value: (row: R) => number }>;
  /** Bars side by side, or stacked to a total. */
  stacked?: boolean;
  /** The category is a message key of the namespace (a role), shown translated. */
  translateCategory?: boolean;
};

export type ReportDefinition<F, R> = {
  key: string;
  namespace: string;
  /** Message key of the title in the namespace; "title" when not given. */
  title?: string;
  /** Reads and checks the filters; ids outside the authority's scope are refused here. */
  parse: (params: SearchParams, scope: ReportScope, today: string) => Parsed<F>;
  run: (ctx: ReportContext, filters: F) => Promise<ReportResult<R>>;
  /**
   * One page of `run`'s rows, in its order, and how many rows it has in all: for a paged list too
   * long to read whole for each page (the attestation's due list: 4,700 people of a city, 10 a
   * page). Only for a report without totals, sections or chart, which need every row.
   */
  runPage?: (ctx: ReportContext, filters: F, window: { limit: number; offset: number }) => Promise<{ rows: R[]; total: number }>;
  columns: (filters: F) => ReportColumn<R>[];
  /** Rows get a running number column "№". */
  numbered?: boolean;
  chart?: (filters: F) => ChartSpec<R> | null;
  /** The filters as address parameters: export and print links repeat them. */
  params: (filters: F) => Record<string, string | string[]>;
};

// Definitions differ in their filter and row types; the registry and the generic views hold them erased.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyReportDefinition = ReportDefinition<any, any>;
