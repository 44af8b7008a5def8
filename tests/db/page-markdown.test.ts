import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { documents, interactivePages } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/permissions';
import { renderPageBody } from '@/lib/content/page-body';
import { findPage, listPages, pageCommands } from '@/lib/content/pages';
import { addOrganization, addPerson, currentUser, runCommand } from './org-fixture';
import { useTestDatabase } from './test-database';

/** Interactive pages written in Markdown (issue 15 item 2): rendered, sanitised, files of this organisation only. */

const { db } = await useTestDatabase();

let orgId = 0;
let otherOrgId = 0;
let admin: CurrentUser;
let ownImage = 0;
let ownPdf = 0;
let foreignPrivate = 0;

async function addDocument(organizationId: number, name: string, mimeType: string, isPublic = true) {
  const [row] = await db.insert(documents).values({ organizationId, name, storageKey: `k-${name}`, mimeType, sizeBytes: 10, isPublic }).returning({ id: documents.id });
  return row!.id;
}

beforeAll(async () => {
  orgId = await addOrganization(db, { name: 'Authority' });
  otherOrgId = await addOrganization(db, { name: 'Other authority' });
  admin = await currentUser(db, (await addPerson(db, { surname: 'Әкімшіова', name: 'Сая', orgId, rights: { isAdmin: true } })).userId);
  ownImage = await addDocument(orgId, 'plan.png', 'image/png');
  ownPdf = await addDocument(orgId, 'rules.pdf', 'application/pdf');
  foreignPrivate = await addDocument(otherOrgId, 'salaries.png', 'image/png', false);
});

const create = (body: string, title = 'Қабылдау') => runCommand(db, pageCommands.create, admin, { orgId: String(orgId), title, body });

describe('interactive pages in Markdown', () => {
  it('stores headings, lists, bold, links, a table and an image of its own Documents as HTML, and keeps the Markdown', async () => {
    const body = [
      '# Қабылдау',
      '## Құжаттар',
      'Өтініш **міндетті**, [ереже](https://edu.kz/rules) және [файл](/api/files/' + ownPdf + ').',
      '',
      '- бірінші',
      '- екінші',
      '',
      '| Сынып | Орын |',
      '|---|---:|',
      '| 1 | 25 |',
      '',
      `![Жоспар](/api/files/${ownImage})`,
    ].join('\n');
    const result = await create(body);
    expect(result.ok).toBe(true);
    const id = result.ok ? result.data.id : 0;
    const [stored] = await db.select().from(interactivePages).where(eq(interactivePages.id, id));
    expect(stored!.bodyMarkdown).toBe(body);
    expect(stored!.bodyHtml).toBe(
      '<h2>Қабылдау</h2>\n<h2>Құжаттар</h2>\n' +
        `<p>Өтініш <strong>міндетті</strong>, <a href="https://edu.kz/rules" rel="noopener nofollow">ереже</a> және <a href="/api/files/${ownPdf}">файл</a>.</p>\n` +
        '<ul>\n<li>бірінші</li>\n<li>екінші</li>\n</ul>\n' +
        '<table>\n<thead>\n<tr>\n<th>Сынып</th>\n<th>Орын</th>\n</tr>\n</thead>\n<tbody><tr>\n<td>1</td>\n<td>25</td>\n</tr>\n</tbody></table>\n' +
        `<p><img src="/api/files/${ownImage}" alt="Жоспар" /></p>`,
    );
    const page = await findPage(db, { orgId, pageId: id });
    expect(page!.bodyHtml).toBe(stored!.bodyHtml);
    expect(page!.bodySource).toBe(body);
  });

  it('removes script, iframe, event handlers and javascript: links written in Markdown or as HTML inside it', async () => {
    const { html } = await renderPageBody(
      db,
      orgId,
      [
        '<script>alert(1)</script>',
        '',
        '<iframe src="https://evil.example"></iframe>',
        '',
        `<img src="/api/files/${ownImage}" onerror="alert(1)"> <p onclick="alert(1)">x</p>`,
        '',
        '[a](javascript:alert(1)) [b](JAVASCRIPT:alert(1)) [c](data:text/html,x) <a href="java&#x09;script:alert(1)">d</a>',
        '',
        '![x](javascript:alert(1)) ![y](https://tracker.example/pixel.png)',
      ].join('\n'),
    );
    expect(html).not.toMatch(/<\s*(script|iframe)/i);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/javascript:|data:|tracker\.example/i);
    expect(html).toContain(`<img src="/api/files/${ownImage}" alt="" />`);
    expect(html).toContain('<a>a</a>');
  });

  it('refuses a page that shows or links another organisation’s file, however the address is written, and writes nothing', async () => {
    const before = (await listPages(db, { orgId })).length;
    for (const address of [
      `/api/files/${foreignPrivate}`,
      `https://portal.example.kz/api/files/${foreignPrivate}`,
      `//portal.example.kz/api/files/${foreignPrivate}?download=1`,
      `/api//files/${foreignPrivate}`,
    ]) {
      for (const body of [`![x](${address})`, `[x](${address})`, `<img src="${address}">`]) {
        expect(await create(body), body).toEqual({ ok: false, messageKey: 'invalid', fieldErrors: { body: ['InteractivePages.foreign_document'] } });
      }
    }
    expect(await listPages(db, { orgId })).toHaveLength(before);
  });

  it('drops another organisation’s file from HTML stored by any other path, when it is read', async () => {
    const [row] = await db
      .insert(interactivePages)
      .values({ organizationId: orgId, title: 'Written elsewhere', bodyHtml: `<p>a<img src="/api/files/${foreignPrivate}"><a href="/api/%66iles/${foreignPrivate}">b</a></p>` })
      .returning();
    expect((await findPage(db, { orgId, pageId: row!.id }))!.bodyHtml).toBe('<p>a<a>b</a></p>');
    // The other organisation's page may show its own file.
    const [theirs] = await db.insert(interactivePages).values({ organizationId: otherOrgId, title: 'Theirs', bodyHtml: `<p><img src="/api/files/${foreignPrivate}"></p>` }).returning();
    expect((await findPage(db, { orgId: otherOrgId, pageId: theirs!.id }))!.bodyHtml).toBe(`<p><img src="/api/files/${foreignPrivate}" alt="" /></p>`);
  });

  it('shows a page written before Markdown exactly as before, opens its HTML in the editor, and saving it unchanged keeps it', async () => {
    const legacy = '<p>First line<br />**not bold** 2 * 3</p>\n<p>New <a href="https://edu.kz" rel="noopener nofollow">paragraph</a></p>\n<table><tbody><tr><td>1</td></tr></tbody></table>';
    const [row] = await db.insert(interactivePages).values({ organizationId: orgId, title: 'Old', bodyHtml: legacy }).returning();
    const page = await findPage(db, { orgId, pageId: row!.id });
    expect(page!.bodyHtml).toBe(legacy);
    expect(page!.bodySource).toBe(legacy);
    const saved = await runCommand(db, pageCommands.update, admin, { orgId: String(orgId), pageId: String(row!.id), title: 'Old', body: page!.bodySource });
    expect(saved.ok).toBe(true);
    expect((await findPage(db, { orgId, pageId: row!.id }))!.bodyHtml).toBe(legacy);
  });
});
