import { activityReport } from './activity';
import { attestationDueReport, attestationReport } from './attestation';
import type { AnyReportDefinition } from './definition';
import { INSTITUTION_REPORT_DEFINITIONS } from './institution';
import { registerReport } from './register';

/** Every report the export route and the print view can produce, by its key in the address. */
const REPORTS: Record<string, AnyReportDefinition> = Object.fromEntries(
  [activityReport, registerReport, attestationReport, attestationDueReport, ...Object.values(INSTITUTION_REPORT_DEFINITIONS)].map((r) => [r.key, r as AnyReportDefinition]),
);

export function reportByKey(key: string): AnyReportDefinition | null {
  return Object.hasOwn(REPORTS, key) ? REPORTS[key]! : null;
}
