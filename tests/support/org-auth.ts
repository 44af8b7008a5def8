import type { FunctionSettings } from '@/db/schema';
import type { OrgAuth } from '@/lib/auth/permissions';
import { withDefaultFunctions } from '@/lib/organizations/functions/defaults';

type FunctionsOverride = { [K in keyof FunctionSettings]?: Partial<FunctionSettings[K]> };

/** An organisation as `can` sees it, for unit tests of the rules: defaults unless told otherwise. */
export function orgAuth(
  id: number,
  over: { kind?: OrgAuth['kind']; parentId?: number | null; functions?: FunctionsOverride; applicationsEmailConfirmed?: boolean } = {},
): OrgAuth {
  return {
    id,
    kind: over.kind ?? 'authority',
    parentId: over.parentId ?? null,
    functions: withDefaultFunctions(over.functions),
    applicationsEmailConfirmed: over.applicationsEmailConfirmed ?? false,
  };
}
