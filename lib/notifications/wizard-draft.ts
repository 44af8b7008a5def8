import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { DbExecutor } from '@/db';
import { organizations, wizardDrafts } from '@/db/schema';
import { ActionError } from '@/lib/action-core';
import { todayIn } from '@/lib/time/calendar-date';
import { type DraftOwner, loadDraftRow, ownedDraft } from '@/lib/wizard-draft-store';
import { type AudienceLeaf, normalizeAudience } from './audience';
import type { NotificationContent } from './schemas';

/**
 * The create wizard's state between steps, kept on the server (wizard_drafts, kind
 * "notification") so Back and a reload lose nothing. A draft belongs to one user and one
 * authority; Publish consumes it.
 */

export const DRAFT_KIND = 'notification';

export type NotificationDraft = { id: string; step: number; content: NotificationContent; audience: AudienceLeaf[] };

/** What a draft row holds; read defensively, since it is JSON written by an older version perhaps. */
const storedDraft = z.object({
  title: z.string().catch(''),
  body: z.string().catch(''),
  readBy: z.string().nullable().catch(null),
  audience: z.array(z.string()).catch([]),
});

type Owner = DraftOwner;

const ownedBy = (draftId: string, owner: Owner) => ownedDraft(DRAFT_KIND, draftId, owner);

export function draftFromRow(row: { id: string; step: number; data: unknown }): NotificationDraft {
  const data = storedDraft.parse(row.data ?? {});
  return { id: row.id, step: row.step, content: { title: data.title, body: data.body, readBy: data.readBy }, audience: normalizeAudience(data.audience) };
}

export async function loadNotificationDraft(db: DbExecutor, draftId: string, owner: Owner): Promise<NotificationDraft | null> {
  const row = await loadDraftRow(db, DRAFT_KIND, draftId, owner);
  return row ? draftFromRow(row) : null;
}

/**
 * The authority a notification is written for, with its time zone. That only authorities send
 * notifications is the rule of `can` (org.notifications.manage), decided before any step runs.
 */
export async function authorityOf(db: DbExecutor, orgId: number): Promise<{ id: number; timeZone: string }> {
  const [org] = await db.select({ id: organizations.id, timeZone: organizations.timeZone }).from(organizations).where(eq(organizations.id, orgId));
  if (!org) throw new ActionError('forbidden');
  return { id: org.id, timeZone: org.timeZone };
}

/** A read-by date before today (in the organisation's zone) is refused beside its field. */
export function assertReadByNotPast(readBy: string | null, timeZone: string, now: Date): void {
  if (readBy !== null && readBy < todayIn(timeZone, now)) throw new ActionError('NotificationWizard.read_by_past', { readBy: ['NotificationWizard.read_by_past'] });
}

/** Step 1 → a new draft, or the same draft updated (its audience kept). */
export async function saveDraftContent(
  db: DbExecutor,
  args: Owner & { draftId: string | null; content: NotificationContent; now?: Date },
): Promise<{ draftId: string }> {
  const authority = await authorityOf(db, args.orgId);
  assertReadByNotPast(args.content.readBy, authority.timeZone, args.now ?? new Date());
  if (args.draftId === null) {
    const [row] = await db
      .insert(wizardDrafts)
      .values({ kind: DRAFT_KIND, userId: args.userId, organizationId: args.orgId, step: 2, data: { ...args.content, audience: [] } })
      .returning({ id: wizardDrafts.id });
    return { draftId: row!.id };
  }
  const existing = await loadNotificationDraft(db, args.draftId, args);
  if (!existing) throw new ActionError('NotificationWizard.draft_missing');
  await db
    .update(wizardDrafts)
    .set({ step: Math.max(existing.step, 2), data: { ...args.content, audience: existing.audience }, updatedAt: new Date() })
    .where(ownedBy(args.draftId, args));
  return { draftId: args.draftId };
}

/** Step 2 → the ticked leaves saved; the check step comes next. */
export async function saveDraftAudience(db: DbExecutor, args: Owner & { draftId: string; audience: AudienceLeaf[] }): Promise<{ draftId: string }> {
  const existing = await loadNotificationDraft(db, args.draftId, args);
  if (!existing) throw new ActionError('NotificationWizard.draft_missing');
  await db
    .update(wizardDrafts)
    .set({ step: 3, data: { ...existing.content, audience: normalizeAudience(args.audience) }, updatedAt: new Date() })
    .where(ownedBy(args.draftId, args));
  return { draftId: args.draftId };
}
