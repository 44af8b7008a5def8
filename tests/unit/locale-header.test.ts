import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALE_HEADER, stampLocale } from '@/lib/http/locale-header';
import { pathLocale } from '@/lib/i18n/locales';

/** The language header the app server writes in place of the proxy (lib/http/locale-header.ts). */
function stamped(url: string, sent?: string) {
  const req = { url, headers: sent ? { [LOCALE_HEADER]: sent } : {} } as unknown as IncomingMessage;
  stampLocale(req);
  return req.headers[LOCALE_HEADER];
}

describe('the language of an address', () => {
  it('is its first segment when that is a language', () => {
    expect(pathLocale('/ru/org/1')).toBe('ru');
    expect(pathLocale('/en')).toBe('en');
    expect(pathLocale('/kk?x=1')).toBe('kk');
    expect(pathLocale('/kk/site/1')).toBe('kk');
  });

  it('is none for any other address', () => {
    for (const url of ['/', '/org/1', '/kkk/org', '/russia', '/api/auth/csrf', '/_next/static/x.js', '/de/org/1']) expect(pathLocale(url)).toBeUndefined();
  });
});

describe('stampLocale', () => {
  it("writes the address's language, over whatever the client sent", () => {
    expect(stamped('/ru/org/1/people')).toBe('ru');
    expect(stamped('/en/inbox', 'kk')).toBe('en');
  });

  it('removes a header the client sent where the address names no language, so the proxy runs', () => {
    expect(stamped('/org/1', 'ru')).toBeUndefined();
    expect(stamped('/', 'en')).toBeUndefined();
  });

  it("is the header next-intl reads, and the one whose presence skips proxy.ts", () => {
    const constants = path.join(process.cwd(), 'node_modules/next-intl/dist/esm/production/shared/constants.js');
    const names = [...readFileSync(constants, 'utf8').matchAll(/'(X-NEXT-INTL-[A-Z-]+)'|"(X-NEXT-INTL-[A-Z-]+)"/g)].map((m) => (m[1] ?? m[2])!.toLowerCase());
    expect(names).toContain(LOCALE_HEADER);
    // Next reads proxy.ts's matcher from its text at build time; it imports next/server, which runs only inside Next.
    const proxy = readFileSync(path.join(process.cwd(), 'proxy.ts'), 'utf8');
    expect(proxy).toContain(`missing: [{ type: 'header', key: '${LOCALE_HEADER}' }]`);
  });
});
