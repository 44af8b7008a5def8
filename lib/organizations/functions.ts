import type { FunctionSettings } from '@/db/schema';
import { can, type CurrentUser } from '@/lib/auth/permissions';
import { canSeeForums } from '@/lib/content/forum-rules';

export type { FunctionSettings } from '@/db/schema';
export { defaultFunctionSettings } from '@/db/schema';

export const orgTabs = ['page', 'structure', 'people', 'documents', 'forum', 'feedback'] as const;
export type OrgTab = (typeof orgTabs)[number];

/**
 * Whether a tab's function is on (F-4.4). Page and People always exist; switching a function off
 * hides its tab and routes (404) without touching its data.
 */
export function isTabEnabled(functions: FunctionSettings, tab: OrgTab): boolean {
  switch (tab) {
    case 'page':
    case 'people':
      return true;
    case 'structure':
      return functions.structure.enabled;
    case 'documents':
      return functions.documents.enabled;
    case 'forum':
      return functions.forums.enabled;
    case 'feedback':
      return functions.feedback.enabled;
  }
}

/** The tabs a viewer may open: enabled functions, People for staff, Forum per its setting. */
export function visibleTabs(args: { orgId: number; functions: FunctionSettings; user: CurrentUser | null }): OrgTab[] {
  return orgTabs.filter((tab) => {
    if (!isTabEnabled(args.functions, tab)) return false;
    if (tab === 'people') return can(args.user, 'org.people.view', { id: args.orgId });
    // Forums are for users of the system (or members only): never for anonymous visitors.
    if (tab === 'forum') return canSeeForums(args.user, args.functions, args.orgId);
    return true;
  });
}
