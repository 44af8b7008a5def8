import type { FunctionSettings } from '@/db/schema';

/** Whether the e-applications form is open: the function and its sub-switch on, the e-mail confirmed. */
export function applicationsOpen(org: { functions: FunctionSettings; email: string | null; confirmedAt: Date | null }): boolean {
  return org.functions.feedback.enabled && org.functions.feedback.applications && org.email !== null && org.confirmedAt !== null;
}
