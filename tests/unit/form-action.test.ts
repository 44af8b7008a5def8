import { describe, expect, it } from 'vitest';
import { draftAfter, fieldsOf } from '@/components/ui/use-form-action';

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
};

describe('the one form hook keeps what was typed', () => {
  it('keeps a refused submission, and a successful one only when asked', () => {
    const sent = form([['title', 'Жаңалық']]);
    const refused = { ok: false as const, messageKey: 'Common.invalid', fieldErrors: { title: ['x'] } };
    expect(draftAfter(refused, sent, false)).toBe(sent);
    expect(draftAfter({ ok: true, data: null }, sent, false)).toBeNull();
    expect(draftAfter({ ok: true, data: null }, sent, true)).toBe(sent);
  });

  it('reads fields from the kept submission, fallbacks while nothing is kept', () => {
    const kept = fieldsOf(form([['name', 'Ақан'], ['publish', 'on'], ['memberIds', '3'], ['memberIds', '5'], ['empty', '']]));
    expect(kept.text('name', 'initial')).toBe('Ақан');
    expect(kept.text('empty', 'initial')).toBe('');
    // Absent from the submission (an unchecked box, no radio chosen): empty as sent, not the initial value.
    expect(kept.text('sex', 'male')).toBe('');
    expect(kept.checked('publish', false)).toBe(true);
    expect(kept.checked('notify', true)).toBe(false);
    expect(kept.values('memberIds', ['1'])).toEqual(['3', '5']);
    const fresh = fieldsOf(null);
    expect(fresh.text('name', 'initial')).toBe('initial');
    expect(fresh.checked('publish', true)).toBe(true);
    expect(fresh.values('memberIds', ['1'])).toEqual(['1']);
  });
});
