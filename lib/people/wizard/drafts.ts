import 'server-only';
import type { DbExecutor } from '@/db/index';
import { and, eq, lt, sql } from 'drizzle-orm';
import { wizardDrafts } from '@/db/schema/index';
import { consumeDraftRow, loadDraftRow } from '@/lib/wizard-draft-store';

/**
 * The add-person wizard's state between steps, on the server: the draft id rides in the URL,
 * so Back and a reload show what was typed. Only its author, in its organisation, reads it.
 */
export const PERSON_DRAFT_KIND = 'person';
export const wizardMethods = ['new', 'user'] as const;
export type WizardMethod = (typeof wizardMethods)[number];

export type PersonDraftData = {
  method: WizardMethod;
  /** Everything typed in step 2, as typed (strings), even when it did not validate yet. */
  values: Record<string, string>;
  /** Set when the admin chose to add the person who already holds the IIN typed. */
  existingPersonId?: number;
};

export type PersonDraft = { id: string; step: number; data: PersonDraftData };

/** Drafts nobody finished are removed after a week. */
const DRAFT_LIFETIME_DAYS = 7;

export async function loadDraft(db: DbExecutor, args: { draftId: string; userId: number; orgId: number }): Promise<PersonDraft | null> {
  const row = await loadDraftRow(db, PERSON_DRAFT_KIND, args.draftId, args);
  return row ? { id: row.id, step: row.step, data: row.data as PersonDraftData } : null;
}

/** Step 1: the method. Creates the draft on first use; keeps what step 2 already holds. */
export async function saveMethod(db: DbExecutor, args: { draftId: string | null; userId: number; orgId: number; method: WizardMethod }): Promise<string> {
  const existing = args.draftId ? await loadDraft(db, { draftId: args.draftId, userId: args.userId, orgId: args.orgId }) : null;
  if (existing) {
    const data: PersonDraftData = { method: args.method, values: existing.data.values };
    await db.update(wizardDrafts).set({ data, step: 2, updatedAt: new Date() }).where(eq(wizardDrafts.id, existing.id));
    return existing.id;
  }
  await db
    .delete(wizardDrafts)
    .where(and(eq(wizardDrafts.userId, args.userId), lt(wizardDrafts.updatedAt, sql`now() - make_interval(days => ${DRAFT_LIFETIME_DAYS})`)));
  const [row] = await db
    .insert(wizardDrafts)
    .values({ kind: PERSON_DRAFT_KIND, userId: args.userId, organizationId: args.orgId, step: 2, data: { method: args.method, values: {} } })
    .returning({ id: wizardDrafts.id });
  return row!.id;
}

export async function updateDraft(db: DbExecutor, draft: PersonDraft): Promise<void> {
  await db.update(wizardDrafts).set({ data: draft.data, step: draft.step, updatedAt: new Date() }).where(eq(wizardDrafts.id, draft.id));
}

/**
 * Takes the draft for Create: deleted in the caller's transaction, so a second Create of the
 * same draft (a double click) finds nothing and creates nothing.
 */
export async function consumeDraft(tx: DbExecutor, args: { draftId: string; userId: number; orgId: number }): Promise<PersonDraft | null> {
  const row = await consumeDraftRow(tx, PERSON_DRAFT_KIND, args.draftId, args);
  return row ? { id: row.id, step: row.step, data: row.data as PersonDraftData } : null;
}
