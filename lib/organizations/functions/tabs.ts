import 'server-only';
import { can, type CurrentUser, type OrgAuth, type Permission } from '@/lib/auth/permissions';

export type { FunctionSettings } from '@/db/schema/index';
export { defaultFunctionSettings } from '@/db/schema/index';

export const orgTabs = ['page', 'structure', 'people', 'documents', 'forum', 'feedback'] as const;
export type OrgTab = (typeof orgTabs)[number];

/**
 * The rule of `can` that opens each tab (F-4.4): a switched-off function hides its tab and routes
 * (404) without touching its data; People is for staff; Forum follows its "who sees" setting and
 * is never for visitors. The Page tab (the organisation's profile) is always there.
 */
const tabRules: Record<OrgTab, Permission | null> = {
  page: null,
  structure: 'org.structure.view',
  people: 'org.people.view',
  documents: 'org.documents.view',
  forum: 'org.forum.view',
  feedback: 'org.feedback.view',
};

/** The tabs `user` (null: a visitor) may open in `org`. */
export function visibleTabs(user: CurrentUser | null, org: OrgAuth): OrgTab[] {
  return orgTabs.filter((tab) => {
    const rule = tabRules[tab];
    return rule === null || can(user, rule, org);
  });
}
