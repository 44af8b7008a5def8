import { describe, expect, it } from 'vitest';
import { addressOf } from '@/lib/i18n/address';

describe('NavLink addresses', () => {
  it('writes the query as Next’s Link does: no empty “?”, no undefined values, arrays repeated', () => {
    expect(addressOf('/org/1/people')).toBe('/org/1/people');
    expect(addressOf({ pathname: '/org/1/people' })).toBe('/org/1/people');
    expect(addressOf({ pathname: '/org/1/people', query: {} })).toBe('/org/1/people');
    expect(addressOf({ pathname: '/org/1/people', query: { q: undefined, cat: 'inst.teachers', page: 2 } })).toBe('/org/1/people?cat=inst.teachers&page=2');
    expect(addressOf({ pathname: '/r', query: { type: ['1', '2'], d: null } })).toBe('/r?type=1&type=2');
    expect(addressOf({ pathname: '/sign-in', query: { callbackUrl: '/kk/org/1?x=1&y=2' } })).toBe('/sign-in?callbackUrl=%2Fkk%2Forg%2F1%3Fx%3D1%26y%3D2');
  });
});
