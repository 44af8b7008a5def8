import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_CLIENT_NAMESPACES, type ClientMessagesArea, LOCALE_CLIENT_NAMESPACES, pickMessages, SITE_CLIENT_NAMESPACES } from '@/lib/i18n/client-messages';
import { applicationSchema, questionSchema } from '@/lib/feedback/schemas';
import { directImports, filesUnder, isClientFile, projectRoot, reachableFiles } from '../support/import-graph';

/** Namespaces a source file names: useTranslations('X') and full message keys such as 'X.key'. */
function namespacesIn(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/useTranslations\('([A-Za-z]+)'\)|'([A-Z][A-Za-z]+)\.[a-z0-9_]+(?:\.[a-z0-9_]+)*'/g)].map((m) => (m[1] ?? m[2])!);
}

/** What a source file needs of the catalogue: a namespace it translates with (useTranslations('X')) whole, a full message key it names ('X.key') alone. */
function messagesIn(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/useTranslations\('([A-Za-z]+)'\)|'([A-Z][A-Za-z]+\.[a-z0-9_]+(?:\.[a-z0-9_]+)*)'/g)].map((m) => (m[1] ?? m[2])!);
}

/** Whether `provided` (namespaces and keys, lib/i18n/client-messages.ts) holds `entry`: itself, or a namespace or branch it sits in. */
const holds = (provided: readonly string[], entry: string) => entry.split('.').some((_, i, parts) => provided.includes(parts.slice(0, i + 1).join('.')));

const localeDir = path.join(projectRoot, 'app/[locale]');
const clientMessagesList = path.join(projectRoot, 'lib/i18n/client-messages.ts');
const siteEntries = filesUnder(path.join(localeDir, 'site'));
/** Rendered under the locale layout's provider alone (every page's error and not-found pages). */
const localeEntries = ['layout.tsx', 'error.tsx', 'not-found.tsx', 'forbidden.tsx'].map((f) => path.join(localeDir, f));
const publicHandlers = filesUnder(path.join(projectRoot, 'app/api/feedback/[orgId]'));

describe('messages sent to the browser on the public site', () => {
  it('cover every namespace the client components of the site use', () => {
    const clientFiles = [...reachableFiles(siteEntries)].filter(isClientFile);
    expect(clientFiles.length).toBeGreaterThan(3);
    const used = new Set(clientFiles.flatMap(namespacesIn));
    expect([...used].filter((ns) => !SITE_CLIENT_NAMESPACES.includes(ns as never))).toEqual([]);
  });

  it('from the locale layout cover the locale-level pages, which every page shares', () => {
    const used = new Set([...reachableFiles(localeEntries)].filter(isClientFile).flatMap(namespacesIn));
    expect([...used].filter((ns) => !LOCALE_CLIENT_NAMESPACES.includes(ns as never))).toEqual([]);
  });

  it('cover the message keys the public form handlers answer with', () => {
    // The handlers and their own helpers; the shared schema file also holds admin schemas, checked below by parsing.
    const files = publicHandlers.flatMap((f) => [f, ...directImports(f)]).filter((f) => f.includes('/feedback/') && !f.endsWith('schemas.ts'));
    const used = new Set(files.flatMap(namespacesIn));
    expect(used.has('Feedback')).toBe(true);
    expect([...used].filter((ns) => !SITE_CLIENT_NAMESPACES.includes(ns as never))).toEqual([]);
    const bad = { orgId: '1', name: '', email: 'not-an-e-mail', phone: 'x'.repeat(60), subject: '', body: '' };
    const keys = [applicationSchema, questionSchema].flatMap((schema) => schema.safeParse(bad).error?.issues.map((i) => i.message) ?? []);
    expect(keys.some((k) => k.startsWith('Feedback.'))).toBe(true);
    expect(keys.filter((k) => k.includes('.') && !SITE_CLIENT_NAMESPACES.includes(k.split('.')[0] as never))).toEqual([]);
  });

  it('are the chosen namespaces only', () => {
    const messages = { Common: { a: 'a' }, Feedback: { b: 'b' }, Reports: { c: 'c' } };
    expect(Object.keys(pickMessages(messages, SITE_CLIENT_NAMESPACES))).toEqual(['Common', 'Feedback']);
  });

  it('pick a key alone, or its namespace whole when both are named, without touching the catalogue', () => {
    const messages = { Forms: { a: 'A', b: 'B', nested: { c: 'C', d: 'D' } }, Other: { e: 'E' } };
    const before = JSON.stringify(messages);
    expect(pickMessages(messages, ['Forms.a', 'Forms.nested.c', 'Missing.x', 'Forms.none'])).toEqual({ Forms: { a: 'A', nested: { c: 'C' } } });
    expect(pickMessages(messages, ['Other', 'Forms.a', 'Other.e'])).toEqual({ Other: { e: 'E' }, Forms: { a: 'A' } });
    expect(pickMessages(messages, ['Forms.a', 'Forms'])).toEqual({ Forms: messages.Forms });
    expect(JSON.stringify(messages)).toBe(before);
  });
});

const appDir = path.join(localeDir, '(app)');
/** `<ClientMessages area="x">` or `clientMessagesLayout('x')` in a page or layout: the area it provides. */
function areaOf(file: string): ClientMessagesArea | null {
  const match = /<ClientMessages area="([A-Za-z]+)"|clientMessagesLayout\('([A-Za-z]+)'\)/.exec(readFileSync(file, 'utf8'));
  return match ? ((match[1] ?? match[2]) as ClientMessagesArea) : null;
}

/**
 * What a page or layout needs in the browser: the namespaces of the client components it pulls
 * in, and — when one of them shows an action's message (the root translator of
 * components/ui/form.tsx) — the namespaces of every message key its server code can answer with.
 */
function neededBy(file: string): string[] {
  const reachable = [...reachableFiles([file])];
  const client = reachable.filter(isClientFile);
  const showsActionMessages = client.some((f) => readFileSync(f, 'utf8').includes('useTranslations()'));
  // The list of what to send names keys too; it shows none of them.
  const server = showsActionMessages ? reachable.filter((f) => !isClientFile(f) && f !== clientMessagesList) : [];
  return [...new Set([...client, ...server].flatMap(messagesIn))];
}

describe('messages sent to the browser on the signed-in pages', () => {
  const routeFiles = filesUnder(appDir).filter((f) => /\/(page|layout)\.tsx$/.test(f));

  it.each(routeFiles.map((f) => [path.relative(appDir, f), f]))('cover what %s needs', (_name, file) => {
    // The innermost provider at or above the file: its own, a layout's on the way up, or the locale layout's.
    let area: ClientMessagesArea | null = areaOf(file);
    for (let dir = path.dirname(file); area === null && dir.startsWith(appDir); dir = path.dirname(dir)) {
      const layout = path.join(dir, 'layout.tsx');
      if (layout !== file && routeFiles.includes(layout)) area = areaOf(layout);
    }
    const provided: readonly string[] = [...LOCALE_CLIENT_NAMESPACES, ...(area ? APP_CLIENT_NAMESPACES[area] : [])];
    expect(neededBy(file).filter((entry) => !holds(provided, entry))).toEqual([]);
  });

  it('name only keys that are in every catalogue', () => {
    const catalogues = (['kk', 'ru', 'en'] as const).map((locale) => JSON.parse(readFileSync(path.join(projectRoot, `messages/${locale}.json`), 'utf8')) as Record<string, unknown>);
    const entries = [...new Set(Object.values(APP_CLIENT_NAMESPACES).flat())];
    expect(entries.filter((e) => e.includes('.')).length).toBeGreaterThan(10);
    const missing = entries.filter((entry) => catalogues.some((catalogue) => entry.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), catalogue) === undefined));
    expect(missing).toEqual([]);
  });

  it('leave the public site’s feedback forms out of the locale layout, so signed-in pages do without them', () => {
    expect(LOCALE_CLIENT_NAMESPACES).not.toContain('Feedback');
    expect(SITE_CLIENT_NAMESPACES).toContain('Feedback');
  });

  it('never send the whole catalogue from the signed-in layout', () => {
    expect(readFileSync(path.join(appDir, 'layout.tsx'), 'utf8')).not.toContain('NextIntlClientProvider');
  });

  it('send the print views nothing beyond the locale layout’s namespaces, which cover them', () => {
    const printFiles = filesUnder(path.join(localeDir, '(print)')).filter((f) => /\/(page|layout)\.tsx$/.test(f));
    expect(printFiles.length).toBeGreaterThan(1);
    for (const file of printFiles) {
      expect(readFileSync(file, 'utf8')).not.toContain('NextIntlClientProvider');
      expect(neededBy(file).filter((entry) => !holds(LOCALE_CLIENT_NAMESPACES, entry))).toEqual([]);
    }
  });
});
