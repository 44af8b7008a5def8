import { describe, expect, it } from 'vitest';
import { searchWords } from '@/lib/people/name-search';
import { likePattern } from '@/lib/search-params';
import { allCategories, categoryFilter, categoryParam, orderRoles, parseCategory, type PeopleNetwork } from '@/lib/people/categories';
import { visibleContacts } from '@/lib/people/contacts';

const network: PeopleNetwork = { orgId: 1, orgKind: 'authority', subAuthorities: [{ id: 2, shortName: 'РОО' }], institutionIds: [10, 11] };

describe('people categories', () => {
  it('reads and writes every ?cat= value of the tree the same way', () => {
    const params = allCategories(network).map((c) => c.param);
    expect(params).toEqual([
      'all',
      'own', 'own.leaders', 'own.deputies', 'own.admins',
      'sub.2', 'sub.2.leaders', 'sub.2.deputies', 'sub.2.admins',
      'inst', 'inst.directors', 'inst.deputies', 'inst.admins', 'inst.teachers', 'inst.students', 'inst.parents',
    ]);
    for (const param of params) expect(categoryParam(parseCategory(param))).toBe(param);
  });

  it('falls back to All for anything it does not know', () => {
    for (const value of [undefined, '', 'everyone', 'sub.x', 'own.owners', "own'; drop table persons", 'sub.0']) expect(parseCategory(value)).toEqual({ kind: 'all' });
  });

  it('turns categories into membership filters', () => {
    expect(categoryFilter(network, parseCategory('all'))).toEqual({ organizationIds: [1, 2, 10, 11], roles: null, adminOnly: false });
    expect(categoryFilter(network, parseCategory('own.deputies'))).toEqual({ organizationIds: [1], roles: ['deputy'], adminOnly: false });
    expect(categoryFilter(network, parseCategory('inst.deputies'))).toEqual({ organizationIds: [10, 11], roles: ['deputy_director', 'head_of_studies'], adminOnly: false });
    expect(categoryFilter(network, parseCategory('sub.2.admins'))).toEqual({ organizationIds: [2], roles: null, adminOnly: true });
    expect(categoryFilter(network, parseCategory('sub.3'))).toBeNull();
    expect(categoryFilter(network, parseCategory('own.teachers'))).toBeNull();
  });

  it('gives a school’s own staff the institution categories', () => {
    const school: PeopleNetwork = { orgId: 10, orgKind: 'institution', subAuthorities: [], institutionIds: [] };
    expect(allCategories(school).map((c) => c.param)).toEqual(['all', 'own', 'own.directors', 'own.deputies', 'own.admins', 'own.teachers', 'own.students', 'own.parents']);
  });

  it('lists roles in the guide’s order', () => {
    expect(orderRoles(['director', 'teacher', 'head_of_studies', 'employee', 'deputy_director', 'teacher'])).toEqual(['employee', 'teacher', 'deputy_director', 'head_of_studies', 'director']);
  });

  it('makes lower-case LIKE patterns of up to five words, with wildcards escaped', () => {
    const patterns = (q: string | undefined) => searchWords(q).map(likePattern);
    expect(patterns('  Искан  АЛ ')).toEqual(['%искан%', '%ал%']);
    expect(patterns('50%_a\\b')).toEqual(['%50\\%\\_a\\\\b%']);
    expect(patterns('a b c d e f g')).toHaveLength(5);
    expect(patterns(undefined)).toEqual([]);
  });
});

describe('personal page contacts', () => {
  const profile = { userId: 7, showContacts: false, email: 'a@b.kz', phone: '+7 701 000 00 00' };
  it('shows the user their own contacts', () => {
    expect(visibleContacts(profile, 7)).toMatchObject({ email: 'a@b.kz', contactsVisible: true });
  });
  it('hides them from others unless the user allowed it', () => {
    expect(visibleContacts(profile, 8)).toMatchObject({ email: null, phone: null, contactsVisible: false });
    expect(visibleContacts({ ...profile, showContacts: true }, 8)).toMatchObject({ email: 'a@b.kz', phone: '+7 701 000 00 00' });
  });
});
