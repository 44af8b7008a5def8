import { describe, expect, it } from 'vitest';
import { excerpt } from '@/lib/content/excerpt';

describe('excerpt', () => {
  it('keeps a text within the limit whole', () => {
    expect(excerpt('Қысқа мәтін.', 40)).toBe('Қысқа мәтін.');
  });

  it('cuts a longer text at the end of a word and marks the cut', () => {
    expect(excerpt('Оқу жылының басында мектептер оқулықтармен қамтамасыз етілді', 30)).toBe('Оқу жылының басында мектептер…');
  });

  it('cuts inside a word that fills the whole limit', () => {
    expect(excerpt('a'.repeat(50), 10)).toBe(`${'a'.repeat(10)}…`);
  });

  it('counts characters, not UTF-16 units, and never splits a pair', () => {
    const text = '😀'.repeat(20);
    expect(excerpt(text, 5)).toBe(`${'😀'.repeat(5)}…`);
  });

  it('drops the spaces and line breaks before the cut', () => {
    expect(excerpt('бірінші жол\n\nекінші жол және тағы', 14)).toBe('бірінші жол…');
  });
});
