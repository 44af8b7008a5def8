import { describe, expect, it } from 'vitest';
import { sameOriginUrl } from '@/lib/auth/return-url';

const origin = 'http://localhost:3000';
const home = `${origin}/kk`;

describe('the address to return to after sign-in', () => {
  it('keeps a path, query and fragment of this origin', () => {
    expect(sameOriginUrl('/kk/org/1?tab=people#list', origin, '/kk')).toBe(`${origin}/kk/org/1?tab=people#list`);
    expect(sameOriginUrl(`${origin}/ru/help`, origin, '/kk')).toBe(`${origin}/ru/help`);
    expect(sameOriginUrl(undefined, origin, '/kk')).toBe(home);
    expect(sameOriginUrl('', origin, '/kk')).toBe(home);
  });

  // The callbackUrl as the sign-in page reads it: `/%09/evil.example/` arrives decoded.
  it.each([
    ['a tab', '/\t/evil.example/'],
    ['a line feed', '/\n/evil.example/'],
    ['a carriage return', '/\r/evil.example/'],
    ['two slashes', '//evil.example/'],
    ['a backslash', '/\\evil.example'],
    ['a backslash and a tab', '/\t\\evil.example'],
    ['a foreign absolute URL', 'https://evil.example/kk'],
    ['another port', 'http://localhost:4000/kk'],
    ['a script', 'javascript:alert(1)'],
    ['a data URL', 'data:text/html,<script>alert(1)</script>'],
  ])('falls back home for %s', (_, value) => {
    const result = sameOriginUrl(value, origin, '/kk');
    expect(new URL(result).origin).toBe(origin);
    expect(result).not.toContain('evil');
  });

  it('answers a URL that stays here when assigned, even for a path that begins with two slashes', () => {
    for (const value of ['/.//evil.example', '/kk/..//evil.example/x']) {
      const result = sameOriginUrl(value, origin, '/kk');
      expect(result).toMatch(/^http:\/\/localhost:3000\/\//);
      expect(new URL(result, 'http://elsewhere.example').origin).toBe(origin);
    }
  });
});
