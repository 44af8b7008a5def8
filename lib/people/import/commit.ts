import { eq } from 'drizzle-orm';
import type { DbExecutor } from '@/db';
import { importBatches, type MembershipRole } from '@/db/schema';
import { bulkInsert } from '@/db/bulk-insert';
import { ActionError } from '@/lib/action-core';
import { created } from '@/lib/audit/record';
import { isUniqueViolation } from '../db-errors';
import { issueInvitationsInBulk } from '../invitations/issue';
import type { InvitationMail } from '../wizard/plan';
import { claimBatch } from './batch';
import { checkRows, markKnownIins } from './validate-rows';
import { fullName } from '@/lib/people/full-name';

export type ImportedInvitation = { line: number; fullName: string; login: string; password: string };
export type CommitResult = { created: number; failed: number; invitations: ImportedInvitation[] };

/**
 * Confirm: every valid row is written in ONE transaction with multi-row inserts — persons,
 * memberships, invitations, audit events, invitation mail. The rows are checked again first
 * (someone may have added one of the IINs since the preview); rows that fail now join the
 * error list, which is saved back into the batch for download.
 */
export async function commitImport(
  db: DbExecutor,
  args: { orgId: number; batchId: string; userId: number; roles: readonly MembershipRole[]; today: string; invitationMail: InvitationMail },
): Promise<CommitResult> {
  return db
    .transaction(async (tx) => {
      const stored = await claimBatch(tx, { orgId: args.orgId, batchId: args.batchId });
      const rows = checkRows(stored, { roles: args.roles, today: args.today });
      await markKnownIins(tx, rows);
      const valid = rows.filter((r) => r.person).map((r) => ({ line: r.line, ...r.person! }));
      // The error list is read from the batch: save it back only when a row stopped passing.
      if (rows.some((r, i) => (r.errors === null) !== (stored[i]!.errors === null))) {
        await tx.update(importBatches).set({ rows }).where(eq(importBatches.id, args.batchId));
      }
      if (valid.length === 0) return { created: 0, failed: rows.length, invitations: [] };

      const text = (pick: (p: (typeof valid)[number]) => string | null) => valid.map(pick);
      const personIds = (
        await bulkInsert<{ id: number }>(
          tx,
          'persons',
          [
            { name: 'surname', type: 'text', values: text((p) => p.surname) },
            { name: 'name', type: 'text', values: text((p) => p.name) },
            { name: 'patronymic', type: 'text', values: text((p) => p.patronymic) },
            { name: 'birth_date', type: 'date', values: text((p) => p.birthDate) },
            { name: 'sex', type: 'sex', values: text((p) => p.sex) },
            { name: 'iin', type: 'char(12)', values: text((p) => p.iin) },
            { name: 'email', type: 'text', values: text((p) => p.email) },
            { name: 'phone', type: 'text', values: text((p) => p.phone) },
          ],
          ['id'],
        )
      ).map((r) => Number(r.id));
      const membershipIds = (
        await bulkInsert<{ id: number }>(
          tx,
          'memberships',
          [
            { name: 'person_id', type: 'integer', values: personIds },
            { name: 'organization_id', type: 'integer', values: personIds.map(() => args.orgId) },
            { name: 'role', type: 'membership_role', values: text((p) => p.role) },
            { name: 'arrival_date', type: 'date', values: text((p) => p.arrivalDate) },
          ],
          ['id'],
        )
      ).map((r) => Number(r.id));
      const issued = await issueInvitationsInBulk(tx, personIds, { organizationId: args.orgId, actorUserId: args.userId });

      const events = valid.flatMap((p, i) => {
        const { line, role, arrivalDate, ...person } = p;
        return [
          { action: 'person.import', entity: 'person', entityId: personIds[i]!, changes: { ...created(person), line: { from: null, to: line } } },
          { action: 'membership.create', entity: 'membership', entityId: membershipIds[i]!, changes: created({ role, arrivalDate }) },
          { action: 'invitation.issue', entity: 'person', entityId: personIds[i]!, changes: { invitationLogin: { from: null, to: issued[i]!.login } } },
        ];
      });
      await bulkInsert(tx, 'audit_events', [
        { name: 'actor_user_id', type: 'integer', values: events.map(() => args.userId) },
        { name: 'organization_id', type: 'integer', values: events.map(() => args.orgId) },
        { name: 'action', type: 'text', values: events.map((e) => e.action) },
        { name: 'entity', type: 'text', values: events.map((e) => e.entity) },
        { name: 'entity_id', type: 'text', values: events.map((e) => String(e.entityId)) },
        { name: 'changes', type: 'jsonb', values: events.map((e) => JSON.stringify(e.changes)) },
      ]);

      const invitations = valid.map((p, i) => ({ line: p.line, fullName: fullName(p), ...issued[i]! }));
      const mails = valid.flatMap((p, i) => (p.email ? [args.invitationMail({ to: p.email, fullName: invitations[i]!.fullName, ...issued[i]! })] : []));
      if (mails.length > 0) {
        await bulkInsert(tx, 'mail_outbox', [
          { name: 'to_address', type: 'text', values: mails.map((m) => m.to) },
          { name: 'subject', type: 'text', values: mails.map((m) => m.subject) },
          { name: 'text_body', type: 'text', values: mails.map((m) => m.text) },
          { name: 'secret', type: 'boolean', values: mails.map((m) => m.secret ?? false) },
        ]);
      }
      return { created: valid.length, failed: rows.length - valid.length, invitations };
    })
    .catch((error: unknown) => {
      // A person with one of the IINs was added between the check and the insert: try again.
      if (isUniqueViolation(error)) throw new ActionError('PersonImport.iin_conflict');
      throw error;
    });
}
