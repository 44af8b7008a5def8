import 'server-only';
import { sql } from 'drizzle-orm';
import type { Database } from '@/db/index';

/** Quick links of the Page tab to the Documents tab's newest files. */
export type QuickDocument = { id: number; name: string; createdAt: Date; sizeBytes: number; mimeType: string };

/**
 * The newest documents that are neither in the bin nor inside a folder that is (at any depth).
 * `publicOnly` for the public site, where non-public documents are not shown.
 */
export async function listNewestDocuments(db: Database, args: { orgId: number; limit?: number; publicOnly?: boolean }): Promise<QuickDocument[]> {
  const rows = await db.execute<{ id: number; name: string; created_at: string | Date; size_bytes: string | number; mime_type: string }>(sql`
    with recursive binned as (
      select id from document_folders where organization_id = ${args.orgId} and deleted_at is not null
      union
      select f.id from document_folders f join binned b on f.parent_id = b.id
    )
    select d.id, d.name, d.created_at, d.size_bytes, d.mime_type
    from documents d
    where d.organization_id = ${args.orgId}
      and d.deleted_at is null
      and (d.folder_id is null or d.folder_id not in (select id from binned))
      ${args.publicOnly ? sql`and d.is_public` : sql``}
    order by d.created_at desc, d.id desc
    limit ${args.limit ?? 5}
  `);
  return rows.map((r) => ({ id: Number(r.id), name: r.name, createdAt: new Date(r.created_at), sizeBytes: Number(r.size_bytes), mimeType: r.mime_type }));
}
