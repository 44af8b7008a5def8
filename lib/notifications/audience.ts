import type { MembershipRole } from '@/db/schema';

/**
 * The audience of a notification (F-6, the guide's tree): the leaves an author can tick, what
 * each one means, and the tree the wizard shows. Pure: the SQL is in network.ts.
 *
 * Scopes: `own` is the authority itself, `sub` its subordinate organisations (lower
 * authorities), `inst` its subordinate institutions, `network` all three. Institution "deputies"
 * are deputy directors and heads of studies, as in the People tab.
 */

export type AudienceScope = 'network' | 'own' | 'sub' | 'inst';

/** Staff roles: everyone but students and parents (as STAFF_ROLES in lib/auth/permissions). */
const STAFF: MembershipRole[] = ['leader', 'deputy', 'employee', 'director', 'deputy_director', 'head_of_studies', 'teacher'];

/** Each leaf: the members of its scope with one of these roles, or with the admin right. */
export const AUDIENCE_LEAVES = {
  'network.staff': { scope: 'network', roles: STAFF },
  'own.leaders': { scope: 'own', roles: ['leader'] },
  'own.deputies': { scope: 'own', roles: ['deputy'] },
  'own.admins': { scope: 'own', roles: 'admin' },
  'own.employees': { scope: 'own', roles: ['employee'] },
  'sub.leaders': { scope: 'sub', roles: ['leader'] },
  'sub.deputies': { scope: 'sub', roles: ['deputy'] },
  'sub.admins': { scope: 'sub', roles: 'admin' },
  'inst.directors': { scope: 'inst', roles: ['director'] },
  'inst.deputies': { scope: 'inst', roles: ['deputy_director', 'head_of_studies'] },
  'inst.admins': { scope: 'inst', roles: 'admin' },
  'inst.teachers': { scope: 'inst', roles: ['teacher'] },
  'inst.students': { scope: 'inst', roles: ['student'] },
  'inst.parents': { scope: 'inst', roles: ['parent'] },
} as const satisfies Record<string, { scope: AudienceScope; roles: readonly MembershipRole[] | 'admin' }>;

export type AudienceLeaf = keyof typeof AUDIENCE_LEAVES;
export const audienceLeaves = Object.keys(AUDIENCE_LEAVES) as AudienceLeaf[];

export function isAudienceLeaf(value: string): value is AudienceLeaf {
  return Object.hasOwn(AUDIENCE_LEAVES, value);
}

/** A node of the wizard's tree: a leaf, or a branch whose box ticks every leaf below it. */
export type AudienceNode = { key: string; leaf: AudienceLeaf | null; children: AudienceNode[] };

const leaf = (key: AudienceLeaf): AudienceNode => ({ key, leaf: key, children: [] });
const branch = (key: string, children: AudienceNode[]): AudienceNode => ({ key, leaf: null, children });

export const AUDIENCE_TREE: AudienceNode[] = [
  leaf('network.staff'),
  branch('own', [leaf('own.leaders'), leaf('own.deputies'), leaf('own.admins'), leaf('own.employees')]),
  branch('sub', [leaf('sub.leaders'), leaf('sub.deputies'), leaf('sub.admins')]),
  branch('inst', [
    branch('inst.staff', [leaf('inst.directors'), leaf('inst.deputies'), leaf('inst.admins'), leaf('inst.teachers')]),
    leaf('inst.students'),
    leaf('inst.parents'),
  ]),
];

export function leavesOf(node: AudienceNode): AudienceLeaf[] {
  return node.leaf ? [node.leaf] : node.children.flatMap(leavesOf);
}

/** Known leaves only, each once, in the tree's order: what is stored and compared. */
export function normalizeAudience(values: readonly string[]): AudienceLeaf[] {
  const chosen = new Set(values);
  return audienceLeaves.filter((l) => chosen.has(l));
}

/** The bit of each leaf in a person's mask (see audience-counts.ts). */
export function leafBit(l: AudienceLeaf): number {
  return 1 << audienceLeaves.indexOf(l);
}

export function maskOf(leaves: readonly AudienceLeaf[]): number {
  return leaves.reduce((mask, l) => mask | leafBit(l), 0);
}

/**
 * The leaves a single membership falls in, as a mask: from the scope of its organisation (own,
 * sub or inst; "network" is all three), its role and its admin right.
 */
export function membershipMask(scope: Exclude<AudienceScope, 'network'>, role: MembershipRole, isAdmin: boolean): number {
  let mask = 0;
  for (const l of audienceLeaves) {
    const rule = AUDIENCE_LEAVES[l];
    if (rule.scope !== scope && rule.scope !== 'network') continue;
    const picked = rule.roles === 'admin' ? isAdmin : (rule.roles as readonly MembershipRole[]).includes(role);
    if (picked) mask |= leafBit(l);
  }
  return mask;
}

/** People per distinct mask: every person of the network once, with the leaves they fall in. */
export type AudienceMasks = Array<{ mask: number; people: number }>;

/** How many distinct people a choice reaches: everyone whose mask shares a bit with it. */
export function reachOf(masks: AudienceMasks, leaves: readonly AudienceLeaf[]): number {
  const chosen = maskOf(leaves);
  return masks.reduce((sum, m) => sum + ((m.mask & chosen) !== 0 ? m.people : 0), 0);
}

/** The leaves grouped by their branch, for a readable audience column ("Institutions: students, parents"). */
export function describeAudience(leaves: readonly string[]): Array<{ group: AudienceScope; leaves: AudienceLeaf[] }> {
  const groups: Array<{ group: AudienceScope; leaves: AudienceLeaf[] }> = [];
  for (const l of normalizeAudience(leaves)) {
    const group: AudienceScope = AUDIENCE_LEAVES[l].scope;
    const last = groups.at(-1);
    if (last && last.group === group) last.leaves.push(l);
    else groups.push({ group, leaves: [l] });
  }
  return groups;
}
