import type { MembershipRole, OrganizationKind } from '@/db/schema';

/**
 * The People tab's category tree (F-2.3, the guide's figure 3): All; the organisation's own staff;
 * each subordinate authority; all subordinate institutions. Pure: the network comes from the
 * database, the filters go back to it.
 *
 * Institution "deputies" are deputy directors and heads of studies (завуч): the guide's tree has
 * no other place for a head of studies, who sits on the school's management tier.
 */

export type SubKey = 'leaders' | 'deputies' | 'admins' | 'directors' | 'teachers' | 'students' | 'parents';
export type GroupRef = 'own' | 'inst' | number;
export type PeopleCategory = { kind: 'all' } | { kind: 'group'; group: GroupRef; sub: SubKey | null };

export type PeopleNetwork = {
  orgId: number;
  orgKind: OrganizationKind;
  subAuthorities: Array<{ id: number; shortName: string }>;
  institutionIds: number[];
};

/** Who a category holds: members of these organisations, with one of these roles or admin rights. */
export type CategoryFilter = { organizationIds: number[]; roles: MembershipRole[] | null; adminOnly: boolean };

const SUBS: Record<OrganizationKind, ReadonlyArray<[SubKey, MembershipRole[] | 'admin']>> = {
  authority: [
    ['leaders', ['leader']],
    ['deputies', ['deputy']],
    ['admins', 'admin'],
  ],
  institution: [
    ['directors', ['director']],
    ['deputies', ['deputy_director', 'head_of_studies']],
    ['admins', 'admin'],
    ['teachers', ['teacher']],
    ['students', ['student']],
    ['parents', ['parent']],
  ],
};

export const ALL: PeopleCategory = { kind: 'all' };

export function networkOrganizationIds(network: PeopleNetwork): number[] {
  return [network.orgId, ...network.subAuthorities.map((s) => s.id), ...network.institutionIds];
}

function groupKind(network: PeopleNetwork, group: GroupRef): OrganizationKind {
  if (group === 'own') return network.orgKind;
  return group === 'inst' ? 'institution' : 'authority';
}

function groupOrganizations(network: PeopleNetwork, group: GroupRef): number[] | null {
  if (group === 'own') return [network.orgId];
  if (group === 'inst') return network.institutionIds;
  return network.subAuthorities.some((s) => s.id === group) ? [group] : null;
}

/** The filter of a category, or null when it names nothing in this network. */
export function categoryFilter(network: PeopleNetwork, category: PeopleCategory): CategoryFilter | null {
  if (category.kind === 'all') return { organizationIds: networkOrganizationIds(network), roles: null, adminOnly: false };
  const organizationIds = groupOrganizations(network, category.group);
  if (!organizationIds) return null;
  if (category.sub === null) return { organizationIds, roles: null, adminOnly: false };
  const sub = SUBS[groupKind(network, category.group)].find(([key]) => key === category.sub);
  if (!sub) return null;
  return sub[1] === 'admin' ? { organizationIds, roles: null, adminOnly: true } : { organizationIds, roles: sub[1], adminOnly: false };
}

/** `?cat=` values: all, own, own.leaders, sub.12, sub.12.deputies, inst, inst.teachers. */
export function parseCategory(value: string | undefined): PeopleCategory {
  const match = /^(own|inst|sub\.([1-9]\d{0,9}))(?:\.([a-z]+))?$/.exec(value ?? '');
  if (!match) return ALL;
  const group: GroupRef = match[1] === 'own' ? 'own' : match[1] === 'inst' ? 'inst' : Number(match[2]);
  const sub = (match[3] ?? null) as SubKey | null;
  if (sub !== null && !SUBS.institution.some(([key]) => key === sub) && !SUBS.authority.some(([key]) => key === sub)) return ALL;
  return { kind: 'group', group, sub };
}

export function categoryParam(category: PeopleCategory): string {
  if (category.kind === 'all') return 'all';
  const group = typeof category.group === 'number' ? `sub.${category.group}` : category.group;
  return category.sub ? `${group}.${category.sub}` : group;
}

export type CategoryNode = { param: string; category: PeopleCategory; label: { key: string; name?: string }; children: CategoryNode[] };

/** The tree as the left block shows it; labels are message keys (People namespace) or names. */
export function categoryTree(network: PeopleNetwork): CategoryNode[] {
  const node = (category: PeopleCategory, label: CategoryNode['label'], children: CategoryNode[] = []): CategoryNode => ({
    param: categoryParam(category),
    category,
    label,
    children,
  });
  const group = (ref: GroupRef, label: CategoryNode['label']) =>
    node({ kind: 'group', group: ref, sub: null }, label, SUBS[groupKind(network, ref)].map(([sub]) => node({ kind: 'group', group: ref, sub }, { key: sub })));
  return [
    node(ALL, { key: 'all' }),
    group('own', { key: 'own_staff' }),
    ...network.subAuthorities.map((s) => group(s.id, { key: 'subordinate', name: s.shortName })),
    ...(network.institutionIds.length > 0 ? [group('inst', { key: 'institutions' })] : []),
  ];
}

/** Every category of the tree, flat: what the counts are computed for. */
export function allCategories(network: PeopleNetwork): CategoryNode[] {
  const walk = (nodes: CategoryNode[]): CategoryNode[] => nodes.flatMap((n) => [n, ...walk(n.children)]);
  return walk(categoryTree(network));
}

/** A person's roles in the network as the row shows them, in the guide's order, admin last. */
const ROLE_ORDER: MembershipRole[] = ['employee', 'teacher', 'deputy_director', 'head_of_studies', 'director', 'deputy', 'leader', 'student', 'parent'];

export function orderRoles(roles: Iterable<MembershipRole>): MembershipRole[] {
  const set = new Set(roles);
  return ROLE_ORDER.filter((r) => set.has(r));
}
