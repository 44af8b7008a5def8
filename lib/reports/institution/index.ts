import type { AnyReportDefinition } from '../definition';
import type { InstitutionReportName } from './common';
import { attendanceReport, averageReport, homeworkReport, journalKeepingReport, marksReport, performanceReport } from './journal-stats';
import { historyReport, lessonsReport, movementReport, userActivityReport } from './lists';
import { aboutReport, staffReport, studentsReport } from './people';

/** The reports of one institution (F-7.3), by the name in the address. */
export const INSTITUTION_REPORT_DEFINITIONS: Record<InstitutionReportName, AnyReportDefinition> = {
  about: aboutReport,
  students: studentsReport,
  staff: staffReport,
  movement: movementReport,
  performance: performanceReport,
  attendance: attendanceReport,
  marks: marksReport,
  average: averageReport,
  homework: homeworkReport,
  lessons: lessonsReport,
  journal: journalKeepingReport,
  activity: userActivityReport,
  history: historyReport,
} as Record<InstitutionReportName, AnyReportDefinition>;

/** Reports whose numbers run per quarter take the quarter filter. */
export const QUARTERLY: ReadonlySet<InstitutionReportName> = new Set(['performance', 'attendance', 'marks', 'average', 'homework', 'lessons', 'journal', 'history']);
