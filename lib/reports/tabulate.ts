import type { AnyReportDefinition, CellValue, ColumnKind, ReportResult } from './definition';

/** A report as plain cells: what the table, the print view and the exports render. */

export type TableColumn = { key: string; label: string; group: string | null; kind: ColumnKind };

export type ReportTable = {
  columns: TableColumn[];
  rows: CellValue[][];
  /** `total`: the section's rows in the whole report, when `rows` are one page of them. */
  sections: Array<{ title: string; rows: CellValue[][]; total?: number }> | null;
  totals: CellValue[] | null;
};

export type Translate = (key: string) => string;

export function messageKey(namespace: string, key: string): string {
  return key.includes('.') ? key : `${namespace}.${key}`;
}

/** `firstNumber`: the № of the first row, when `result.rows` are one page of a longer report (from 1). */
export function tabulate(definition: AnyReportDefinition, filters: unknown, result: ReportResult<unknown>, t: Translate, firstNumber = 1): ReportTable {
  const columns = definition.columns(filters);
  const cells = (row: unknown, index: number | null): CellValue[] => {
    const values = columns.map((c) => {
      const value = c.value(row);
      const translated = typeof c.translated === 'function' ? c.translated(row) : c.translated;
      if (translated && typeof value === 'string' && value !== '') {
        return value
          .split(',')
          .map((key) => t(messageKey(definition.namespace, key)))
          .join(', ');
      }
      return (value === null || value === '') && c.empty ? t(messageKey(definition.namespace, c.empty)) : value;
    });
    return definition.numbered ? [index === null ? null : index + firstNumber, ...values] : values;
  };
  const tableColumns: TableColumn[] = columns.map((c) => ({
    key: c.key,
    label: t(messageKey(definition.namespace, c.label)),
    group: c.group ? t(messageKey(definition.namespace, c.group)) : null,
    kind: c.kind,
  }));
  let totals: CellValue[] | null = null;
  if (result.totals !== undefined) {
    totals = cells(result.totals, null);
    // The totals row is named in its first text cell ("Барлығы").
    const first = totals.findIndex((_, i) => (definition.numbered ? i > 0 : true) && tableColumns[definition.numbered ? i - 1 : i]?.kind === 'text');
    if (first >= 0) totals[first] = t('Reports.total');
  }
  return {
    columns: definition.numbered ? [{ key: 'number', label: '№', group: null, kind: 'integer' }, ...tableColumns] : tableColumns,
    rows: result.rows.map((row, i) => cells(row, i)),
    sections: result.sections?.map((s) => ({ title: s.title, rows: s.rows.map((row, i) => cells(row, i)) })) ?? null,
    totals,
  };
}
