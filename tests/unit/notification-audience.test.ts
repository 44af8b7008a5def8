import { describe, expect, it } from 'vitest';
import {
  AUDIENCE_TREE,
  audienceLeaves,
  describeAudience,
  leafBit,
  leavesOf,
  membershipMask,
  normalizeAudience,
  reachOf,
} from '@/lib/notifications/audience';
import { audienceField } from '@/lib/notifications/schemas';

describe('the audience tree', () => {
  it('holds every leaf exactly once, branches ticking all their leaves', () => {
    const leaves = AUDIENCE_TREE.flatMap(leavesOf);
    expect([...leaves].sort()).toEqual([...audienceLeaves].sort());
    const inst = AUDIENCE_TREE.find((n) => n.key === 'inst')!;
    expect(leavesOf(inst)).toEqual(['inst.directors', 'inst.deputies', 'inst.admins', 'inst.teachers', 'inst.students', 'inst.parents']);
  });

  it('stores a choice in the tree’s order, unknown and repeated values dropped', () => {
    expect(normalizeAudience(['inst.parents', 'own.leaders', 'inst.parents', 'everyone'])).toEqual(['own.leaders', 'inst.parents']);
  });

  it('groups the leaves for the list’s audience column', () => {
    expect(describeAudience(['inst.parents', 'inst.teachers', 'network.staff', 'own.admins'])).toEqual([
      { group: 'network', leaves: ['network.staff'] },
      { group: 'own', leaves: ['own.admins'] },
      { group: 'inst', leaves: ['inst.teachers', 'inst.parents'] },
    ]);
  });
});

describe('masks and reach', () => {
  it('gives a membership the leaves of its scope and of the whole network', () => {
    expect(membershipMask('inst', 'teacher', false)).toBe(leafBit('network.staff') | leafBit('inst.teachers'));
    expect(membershipMask('inst', 'deputy_director', true)).toBe(leafBit('network.staff') | leafBit('inst.deputies') | leafBit('inst.admins'));
    expect(membershipMask('inst', 'parent', false)).toBe(leafBit('inst.parents'));
    expect(membershipMask('own', 'employee', true)).toBe(leafBit('network.staff') | leafBit('own.employees') | leafBit('own.admins'));
    // A subordinate organisation's ordinary employee is staff of the network, but in no other leaf.
    expect(membershipMask('sub', 'employee', false)).toBe(leafBit('network.staff'));
  });

  it('counts a person in several chosen leaves once', () => {
    const teacherParent = leafBit('network.staff') | leafBit('inst.teachers') | leafBit('inst.parents');
    const masks = [
      { mask: teacherParent, people: 3 },
      { mask: leafBit('inst.parents'), people: 10 },
      { mask: leafBit('network.staff') | leafBit('inst.teachers'), people: 5 },
    ];
    expect(reachOf(masks, ['inst.teachers', 'inst.parents'])).toBe(18);
    expect(reachOf(masks, ['inst.teachers'])).toBe(8);
    expect(reachOf(masks, [])).toBe(0);
  });
});

describe('the audience field', () => {
  it('takes one box, several boxes, and refuses none or an unknown one', () => {
    expect(audienceField.parse('inst.parents')).toEqual(['inst.parents']);
    expect(audienceField.parse(['own.leaders', 'inst.parents'])).toEqual(['own.leaders', 'inst.parents']);
    expect(audienceField.safeParse(undefined).error?.issues[0]?.message).toBe('NotificationWizard.audience_required');
    expect(audienceField.safeParse(['inst.everyone']).success).toBe(false);
  });
});
