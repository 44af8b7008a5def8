import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = path.resolve(import.meta.dirname, '../../messages');

function flatKeys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([k, v]) => flatKeys(v, prefix ? `${prefix}.${k}` : k));
}

const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const messages = Object.fromEntries(files.map((f) => [f.replace('.json', ''), JSON.parse(readFileSync(path.join(dir, f), 'utf8'))]));

describe('message files', () => {
  it('exist for Kazakh, Russian and English', () => {
    expect(Object.keys(messages).sort()).toEqual(['en', 'kk', 'ru']);
  });

  it.each(['kk', 'ru'])('%s has exactly the keys of en', (locale) => {
    expect(flatKeys(messages[locale]).sort()).toEqual(flatKeys(messages.en).sort());
  });

  it.each(['kk', 'ru', 'en'])('%s has no empty message', (locale) => {
    const empty = flatKeys(messages[locale]).filter((key) => {
      const value = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], messages[locale]);
      return typeof value !== 'string' || value.trim() === '';
    });
    expect(empty).toEqual([]);
  });

  it('uses PascalCase namespaces and snake_case keys', () => {
    for (const [namespace, keys] of Object.entries(messages.en as Record<string, object>)) {
      expect(namespace).toMatch(/^[A-Z][A-Za-z]+$/);
      for (const key of flatKeys(keys)) expect(key).toMatch(/^[a-z0-9_]+(\.[a-z0-9_]+)*$/);
    }
  });

  it('kk puts no plural ending on a noun after a number ("3 хабарлама", not "3 хабарламалар")', () => {
    const afterNumber = /\{[a-zA-Z_]+(?:, number)?\} [\p{L}-]*(?:лар|лер|дар|дер|тар|тер)(?![\p{L}])/u;
    const wrong = flatKeys(messages.kk).filter((key) => {
      const value = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], messages.kk);
      return typeof value === 'string' && afterNumber.test(value);
    });
    expect(wrong).toEqual([]);
  });
});
