import { describe, expect, it } from 'vitest';
import { messageOf } from '@/lib/oneroster/messages';

describe("the OneRoster command's messages", () => {
  it('fills parameters and keeps quoted braces and apostrophes as written', () => {
    expect(messageOf({ file: null, line: null, column: null, key: 'quarter_without_year', params: { id: 'q1' } })).toBe('The quarter\'s parent "q1" is not a school year.');
    expect(messageOf({ file: null, line: null, column: null, key: 'iin_missing' })).toBe('The IIN is missing: give it in identifier or as {IIN:…} in userIds.');
  });

  it('shows an unknown key as it is', () => {
    expect(messageOf({ file: null, line: null, column: null, key: 'no_such_key' })).toBe('no_such_key');
  });
});
