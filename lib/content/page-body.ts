import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { DbExecutor } from '@/db';
import { documents } from '@/db/schema';
import { markdownToHtml } from './markdown';
import { fileAddressesIn, sanitizeRichText } from './sanitize';

/**
 * The body of an interactive page: Markdown rendered, then sanitised with the organisation's own
 * documents as the only files it may show or link to. One path for saving, the editor's preview
 * and reading, so the preview is what readers will see.
 */

/** The answer of the editor's preview (app/api/org/[id]/page-preview). */
export type PagePreview = { ok: true; html: string; foreignDocument: boolean } | { ok: false; error: 'too_long' | 'malformed' };

/**
 * Of the files a text links or shows, those of this organisation's documents (the bin included);
 * `foreign` when any other is named: another organisation's file, or an address naming none.
 */
async function ownDocumentsIn(db: DbExecutor, orgId: number, html: string): Promise<{ own: Set<number>; foreign: boolean }> {
  const addresses = fileAddressesIn(html);
  const named = [...new Set(addresses.filter((id): id is number => id !== null))];
  const rows = named.length
    ? await db
        .select({ id: documents.id })
        .from(documents)
        .where(and(eq(documents.organizationId, orgId), inArray(documents.id, named)))
    : [];
  const own = new Set(rows.map((row) => row.id));
  return { own, foreign: addresses.some((id) => id === null || !own.has(id)) };
}

/** Markdown as readers will see it; `foreign` when it named files other than its own (they are dropped). */
export async function renderPageBody(db: DbExecutor, orgId: number, source: string): Promise<{ html: string; foreign: boolean }> {
  const html = markdownToHtml(source);
  const { own, foreign } = await ownDocumentsIn(db, orgId, html);
  return { html: sanitizeRichText(html, { ownDocuments: own }), foreign };
}

/** Stored HTML sanitised again on the way out: a row written by any other path cannot carry script or a foreign file. */
export async function showPageBody(db: DbExecutor, orgId: number, storedHtml: string): Promise<string> {
  const { own } = await ownDocumentsIn(db, orgId, storedHtml);
  return sanitizeRichText(storedHtml, { ownDocuments: own });
}
