import { can, type OrgAuth } from '@/lib/auth/permissions';
import { type OrgTab, visibleTabs } from '@/lib/organizations/functions/tabs';

/**
 * What an anonymous visitor may open: with "Site" on, the enabled tabs that need no sign-in;
 * with it off, the organisation profile only.
 */
export function siteTabs(org: OrgAuth): OrgTab[] {
  if (!can(null, 'site.view', org)) return ['page'];
  return visibleTabs(null, org);
}
