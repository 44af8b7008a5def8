import { type FunctionSettings, type OrgTab, visibleTabs } from '@/lib/organizations/functions';

/**
 * What an anonymous visitor may open: with "Site" on, the enabled tabs that need no sign-in;
 * with it off, the organisation profile only.
 */
export function siteTabs(orgId: number, functions: FunctionSettings): OrgTab[] {
  if (!functions.site.enabled) return ['page'];
  return visibleTabs({ orgId, functions, user: null });
}
