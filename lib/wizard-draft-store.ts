import { and, eq, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { DbExecutor } from '@/db';
import { wizardDrafts } from '@/db/schema';


/**
 * The wizards' state between steps (wizard_drafts, one `kind` per wizard), kept on the server so
 * Back and a reload lose nothing. A draft belongs to one user in one organisation: only they read it.
 */

export type DraftOwner = { userId: number; orgId: number };

export type DraftRow = { id: string; step: number; data: unknown };

/** The draft of this kind and id, only for its author in its organisation. */
export function ownedDraft(kind: string, draftId: string, owner: DraftOwner): SQL {
  return and(eq(wizardDrafts.id, draftId), eq(wizardDrafts.userId, owner.userId), eq(wizardDrafts.organizationId, owner.orgId), eq(wizardDrafts.kind, kind))!;
}

/** The draft's row, or null when the id is no UUID (it comes from the URL) or the draft is not the owner's. */
export async function loadDraftRow(db: Pick<DbExecutor, 'select'>, kind: string, draftId: string, owner: DraftOwner): Promise<DraftRow | null> {
  if (!z.uuid().safeParse(draftId).success) return null;
  const [row] = await db.select({ id: wizardDrafts.id, step: wizardDrafts.step, data: wizardDrafts.data }).from(wizardDrafts).where(ownedDraft(kind, draftId, owner));
  return row ?? null;
}

/**
 * Takes the draft: deleted in the caller's transaction, so a second submit of the same draft
 * (a double click, a resent form) finds nothing and does nothing twice.
 */
export async function consumeDraftRow(tx: Pick<DbExecutor, 'delete'>, kind: string, draftId: string, owner: DraftOwner): Promise<DraftRow | null> {
  if (!z.uuid().safeParse(draftId).success) return null;
  const [row] = await tx.delete(wizardDrafts).where(ownedDraft(kind, draftId, owner)).returning({ id: wizardDrafts.id, step: wizardDrafts.step, data: wizardDrafts.data });
  return row ?? null;
}
