import 'server-only';
import { ActionError } from '@/lib/action-core';
import type { DbExecutor } from '@/db/index';
import { memberships, persons } from '@/db/schema/index';
import { created, recordAudit } from '@/lib/audit/record';
import { enqueueMail, type OutgoingMail } from '@/lib/mail/outbox';
import { isUniqueViolation } from '../db-errors';
import { type IssuedInvitation, issueInvitation, openInvitationOf } from '../invitations/issue';
import type { CurrentUser } from '@/lib/auth/permissions';
import { homeOrganizationOf, type HomeOrganization, mayHandOutCredentials } from '../home-organization';
import { findIinHolder, type IinLookUp } from '../iin-lookup';
import { isActiveMember, orgBasics, type OrgBasics, type PersonSummary, sameName, userByAccount } from '../lookups';
import { checkArrivalAfterBirth, checkExistingUserInput, checkNewPerson, type FieldErrors, type NewPersonValues } from '../person-rules';
import { rolesForKind } from '../roles';
import { consumeDraft, type PersonDraftData } from './drafts';
import type { MembershipRole } from '@/db/schema/index';
import { fullName as fullNameOf } from '@/lib/people/full-name';

/** What Create will do, once every rule passed: a new person, or a membership for a known one. */
export type WizardPlan =
  | { kind: 'new'; values: NewPersonValues }
  | { kind: 'existing'; person: PersonSummary; role: MembershipRole; arrivalDate: string; via: 'iin' | 'user' };

export type PlanOutcome =
  | { status: 'ok'; plan: WizardPlan }
  | { status: 'invalid'; fieldErrors: FieldErrors }
  | { status: 'iin_match'; person: PersonSummary; alreadyMember: boolean };

/**
 * Step 2's rules and Create's: the same function runs at both, so what passed "Next" is checked
 * again against the database of the moment Create is pressed. `lookUp` finds the IIN's holder:
 * the actions pass the audited look-up (lib/people/iin-lookup.ts).
 */
export async function planFromDraft(
  db: DbExecutor,
  args: { org: OrgBasics; data: PersonDraftData; today: string; lookUp?: IinLookUp },
): Promise<PlanOutcome> {
  const ctx = { roles: rolesForKind(args.org.kind), today: args.today };
  const { data } = args;
  if (data.method === 'user') {
    const checked = checkExistingUserInput(data.values, ctx);
    if (!checked.ok) return { status: 'invalid', fieldErrors: checked.fieldErrors };
    const { role, arrivalDate, surname, name, account } = checked.value;
    const user = await userByAccount(db, account);
    if (!user) return { status: 'invalid', fieldErrors: { account: ['PersonWizard.user_not_found'] } };
    if (!sameName(user.surname, surname) || !sameName(user.name, name)) return { status: 'invalid', fieldErrors: { account: ['PersonWizard.user_name_mismatch'] } };
    if (await isActiveMember(db, user.personId, args.org.id)) return { status: 'invalid', fieldErrors: { account: ['PersonWizard.already_member'] } };
    const arrival = checkArrivalAfterBirth(arrivalDate, user.birthDate);
    if (arrival.arrivalDate) return { status: 'invalid', fieldErrors: arrival };
    return { status: 'ok', plan: { kind: 'existing', person: user, role, arrivalDate, via: 'user' } };
  }
  const checked = checkNewPerson(data.values, ctx);
  if (!checked.ok) return { status: 'invalid', fieldErrors: checked.fieldErrors };
  const { iin, surname, name } = checked.value;
  const holder = await (args.lookUp ?? findIinHolder)(db, { orgId: args.org.id, iin, surname, name });
  if (holder.status === 'free') return { status: 'ok', plan: { kind: 'new', values: checked.value } };
  // Nothing about the holder (name, birth date, membership) answers an IIN alone.
  if (holder.status === 'taken') return { status: 'invalid', fieldErrors: { iin: ['PersonWizard.iin_exists_names'] } };
  const { person: owner, alreadyMember } = holder;
  if (data.existingPersonId !== owner.personId || alreadyMember) return { status: 'iin_match', person: owner, alreadyMember };
  const arrival = checkArrivalAfterBirth(checked.value.arrivalDate, owner.birthDate);
  if (arrival.arrivalDate) return { status: 'invalid', fieldErrors: arrival };
  return { status: 'ok', plan: { kind: 'existing', person: owner, role: checked.value.role, arrivalDate: checked.value.arrivalDate, via: 'iin' } };
}

export type InvitationMail = (args: { to: string; fullName: string; login: string; password: string }) => OutgoingMail;

export type CreatedPerson = {
  personId: number;
  fullName: string;
  /** Shown once on the result page; null when the person is already a user or already invited. */
  invitation: IssuedInvitation | null;
  mailed: boolean;
  /** Set when another organisation is the person's home: its admins hand out the invitation. */
  invitedBy?: Pick<HomeOrganization, 'id' | 'shortName'>;
};

/**
 * Create: takes the draft (deleted in this transaction, so a double click creates one person),
 * checks every step again and writes the person, the membership, the invitation, the audit
 * events and the invitation mail together.
 */
export async function createFromDraft(
  db: DbExecutor,
  args: { draftId: string; user: CurrentUser; orgId: number; today: string; invitationMail: InvitationMail },
): Promise<CreatedPerson> {
  const userId = args.user.id;
  return db.transaction(async (tx) => {
    const draft = await consumeDraft(tx, { draftId: args.draftId, userId, orgId: args.orgId });
    if (!draft) throw new ActionError('PersonWizard.draft_gone');
    const org = await orgBasics(tx, args.orgId);
    if (!org) throw new ActionError('PersonWizard.draft_gone');
    const outcome = await planFromDraft(tx, { org, data: draft.data, today: args.today });
    if (outcome.status === 'invalid') throw new ActionError('PersonWizard.check_failed', outcome.fieldErrors);
    if (outcome.status === 'iin_match') throw new ActionError('PersonWizard.check_failed', { iin: ['PersonWizard.iin_exists'] });
    const actor = { actorUserId: userId, organizationId: org.id };
    const { plan } = outcome;

    let personId: number;
    let email: string | null = null;
    let fullName: string;
    let role: MembershipRole;
    let arrivalDate: string;
    if (plan.kind === 'new') {
      const { role: r, arrivalDate: a, ...personValues } = plan.values;
      const [person] = await tx
        .insert(persons)
        .values(personValues)
        .returning({ id: persons.id })
        .catch((error: unknown) => {
          if (isUniqueViolation(error)) throw new ActionError('PersonWizard.check_failed', { iin: ['PersonWizard.iin_exists'] });
          throw error;
        });
      personId = person!.id;
      email = personValues.email;
      fullName = fullNameOf(personValues);
      role = r;
      arrivalDate = a;
      await recordAudit(tx, { ...actor, action: 'person.create', entity: 'person', entityId: personId, changes: created(personValues) });
    } else {
      personId = plan.person.personId;
      fullName = fullNameOf(plan.person);
      role = plan.role;
      arrivalDate = plan.arrivalDate;
    }

    const [membership] = await tx
      .insert(memberships)
      .values({ personId, organizationId: org.id, role, arrivalDate })
      .returning({ id: memberships.id })
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) throw new ActionError('PersonWizard.check_failed', { account: ['PersonWizard.already_member'] });
        throw error;
      });
    await recordAudit(tx, { ...actor, action: 'membership.create', entity: 'membership', entityId: membership!.id, changes: created({ role, arrivalDate }) });

    // A new person is invited; a known person only when not registered and not invited yet.
    const needsInvitation = plan.kind === 'new' || (plan.person.userId === null && (await openInvitationOf(tx, personId)) === null);
    if (!needsInvitation) return { personId, fullName, invitation: null, mailed: false };
    if (plan.kind === 'existing') {
      // Credentials come only from the person's home organisation (the one that had them first).
      const home = await homeOrganizationOf(tx, personId);
      if (!mayHandOutCredentials(args.user, home)) return { personId, fullName, invitation: null, mailed: false, ...(home ? { invitedBy: { id: home.id, shortName: home.shortName } } : {}) };
      email = plan.person.email;
    }
    const invitation = await issueInvitation(tx, { personId, organizationId: org.id, actorUserId: userId });
    await recordAudit(tx, { ...actor, action: 'invitation.issue', entity: 'person', entityId: personId, changes: { invitationLogin: { from: null, to: invitation.login } } });
    if (email) await enqueueMail(tx, args.invitationMail({ to: email, fullName, ...invitation }));
    return { personId, fullName, invitation, mailed: email !== null };
  });
}
