'use client';

import { buttonClass } from '@/components/ui/button';
import { ButtonLink } from '@/components/ui/button-link';

export type ReportActionLabels = { xlsx: string; csvExcel: string; csv: string; csvHint: string; print: string };

/**
 * A report's export and print links (ReportResultView, ./report-frame.tsx). A client component
 * without hooks only for page weight: four addresses and labels are a third of four rendered
 * buttons in the page's payload beside their HTML (issue 13).
 */
export function ReportActions({ exports, printHref, labels }: { exports: { xlsx: string; csv: string; csvExcel: string }; printHref: string; labels: ReportActionLabels }) {
  return (
    <div className="ml-auto flex flex-wrap items-center gap-3 text-sm print:hidden">
      <a href={exports.xlsx} className={buttonClass({ variant: 'outline', size: 'sm' })} data-testid="export-xlsx">
        {labels.xlsx}
      </a>
      <a href={exports.csvExcel} className={buttonClass({ variant: 'outline', size: 'sm' })} data-testid="export-csv-excel">
        {labels.csvExcel}
      </a>
      <a href={exports.csv} className={buttonClass({ variant: 'outline', size: 'sm' })} data-testid="export-csv" title={labels.csvHint}>
        {labels.csv}
      </a>
      <ButtonLink href={printHref} variant="secondary" size="sm" className="font-medium" data-testid="print-view">
        {labels.print}
      </ButtonLink>
    </div>
  );
}
