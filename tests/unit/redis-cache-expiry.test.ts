import { describe, expect, it } from 'vitest';
import { isExpired } from '@/lib/site/redis-tags.mjs';

describe('a tag expiry hides the shared cache entries made before it', () => {
  const made = 1_796_408_238_522;
  it('hides an entry when the tag expired after it was made, up to now', () => {
    expect(isExpired([String(made + 5)], made, made + 10)).toBe(true);
    expect(isExpired([null, undefined, String(made + 5)], made, made + 10)).toBe(true);
  });
  it('hides it when both fall in the same millisecond: which came first is unknown, a render is the safe side', () => {
    expect(isExpired([String(made)], made, made)).toBe(true);
  });
  it('keeps it when the tag expired before it was made, or expires only later (stale-while-revalidate)', () => {
    expect(isExpired([String(made - 1)], made, made + 10)).toBe(false);
    expect(isExpired([String(made + 20)], made, made + 10)).toBe(false);
    expect(isExpired([null], made, made + 10)).toBe(false);
  });
});
