import 'server-only';
import type { DbExecutor } from '@/db';
import { recordAudit } from '@/lib/audit/record';
import { hitOrRefuse, limits } from '@/lib/rate-limit';
import { isActiveMember, personByIin, type PersonSummary, sameName } from './lookups';

/**
 * Who holds an IIN typed in the add-person wizard. An IIN is easy to come by, so it alone
 * discloses nothing but that it is taken: the holder is named (and offered) only to an admin
 * who also typed the holder's surname and name, as "From another organisation" requires.
 */
export type IinHolder =
  | { status: 'free' }
  | { status: 'taken'; personId: number }
  | { status: 'match'; person: PersonSummary; alreadyMember: boolean };

export type IinLookUpArgs = { orgId: number; iin: string; surname: string; name: string };
export type IinLookUp = (db: DbExecutor, args: IinLookUpArgs) => Promise<IinHolder>;

export const findIinHolder: IinLookUp = async (db, args) => {
  const holder = await personByIin(db, args.iin);
  if (!holder) return { status: 'free' };
  if (!sameName(holder.surname, args.surname) || !sameName(holder.name, args.name)) return { status: 'taken', personId: holder.personId };
  return { status: 'match', person: holder, alreadyMember: await isActiveMember(db, holder.personId, args.orgId) };
};

/**
 * The admin's own look-up (the wizard's Next and "Add this person instead"), audited with the
 * IIN typed and what it found, and limited per admin (lib/rate-limit.ts: 30 in 10 minutes, then
 * a message beside the IIN stating the wait) so IINs cannot be tried in bulk. Re-checks of the
 * same draft (the check step, Create) use `findIinHolder` and count as no new look-up.
 */
export function auditedIinLookUp(actorUserId: number): IinLookUp {
  return async (db, args) => {
    await hitOrRefuse(db, limits.personIinLookup, String(actorUserId), { messageKey: 'PersonWizard.iin_lookups_throttled', field: 'iin' });
    const holder = await findIinHolder(db, args);
    await recordAudit(db, {
      actorUserId,
      organizationId: args.orgId,
      action: 'person.iin_lookup',
      entity: 'person',
      entityId: holder.status === 'free' ? null : holder.status === 'taken' ? holder.personId : holder.person.personId,
      changes: { iin: { from: null, to: args.iin }, found: { from: null, to: holder.status } },
    });
    return holder;
  };
}
