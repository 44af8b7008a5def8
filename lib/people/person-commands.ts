import 'server-only';
import { z } from 'zod';
import { persons } from '@/db/schema';
import { eq } from 'drizzle-orm';
import { ActionError } from '@/lib/action-core';
import { command } from '@/lib/command';
import { idField } from '@/lib/ids';
import { recordAudit } from '@/lib/audit/record';
import { enqueueMail } from '@/lib/mail/outbox';
import { invitationMailIn, localeField, orgForAction } from './action-support';
import { homeOrganizationOf, mayHandOutCredentials } from './home-organization';
import { issueInvitation } from './invitations/issue';
import { isActiveMember, personById } from './lookups';
import { archivePersonInOrg, updatePersonInOrg } from './membership-changes';
import { checkbox } from '@/lib/form-fields';
import { fullName } from '@/lib/people/full-name';

/**
 * Edit (F-3.3), remove (F-3.4), reissue an invitation: admins of the organisation only (restore:
 * ./restore-action.ts). The public site lists leaders and admins: the first two expire its 'profile' tag.
 */
const profile = { expires: ['profile' as const] };

/** Absent (a role without these fields) is empty; too long is refused beside the field, never cut or emptied. */
const freeText = z.preprocess((v) => v ?? '', z.string().trim().max(200, 'too_long'));
const typed = z.string().max(300, 'too_long').optional();

export const updatePersonCommand = command(
  z.object({
    orgId: idField,
    personId: idField,
    membershipId: idField,
    surname: typed,
    name: typed,
    patronymic: typed,
    birthDate: typed,
    email: typed,
    phone: typed,
    position: freeText,
    socialPosition: freeText,
    employment: freeText,
    isAdmin: checkbox,
    isModerator: checkbox,
    isEditor: checkbox,
  }),
  'org.people.manage',
  async (db, input, { user }) => {
    const org = await orgForAction(db, input.orgId);
    const { orgId, personId, membershipId, position, socialPosition, employment, isAdmin, isModerator, isEditor, ...personData } = input;
    return updatePersonInOrg(db, {
      orgId,
      actor: user,
      personId,
      membershipId,
      personData,
      membershipData: { position, socialPosition, employment, isAdmin, isModerator, isEditor },
      today: org.today,
    });
  },
  profile,
);

export const removePersonCommand = command(
  z.object({ orgId: idField, personId: idField }),
  'org.people.manage',
  async (db, input, { user }) => ({ archived: (await archivePersonInOrg(db, { orgId: input.orgId, personId: input.personId, actorUserId: user.id })).length }),
  profile,
);

/**
 * A new invitation for a member who has not registered; the old one stops working. Only admins
 * of the person's home organisation get one: anyone else is told whom to ask.
 */
export const reissueInvitationCommand = command(
  z.object({ orgId: idField, personId: idField, locale: localeField }),
  'org.people.manage',
  async (db, input, { user }) => {
    const org = await orgForAction(db, input.orgId);
    const mail = await invitationMailIn(input.locale, org.shortName);
    return db.transaction(async (tx) => {
      const person = await personById(tx, input.personId);
      if (!person || !(await isActiveMember(tx, input.personId, input.orgId))) throw new ActionError('AdminPeople.not_member');
      if (person.userId !== null) throw new ActionError('Invitation.already_registered');
      const home = await homeOrganizationOf(tx, input.personId);
      if (!mayHandOutCredentials(user, home)) throw new ActionError('Invitation.home_only', undefined, { organization: home?.shortName ?? '' });
      // Serialises two reissues of one person (each voids the other's invitation otherwise).
      await tx.select({ id: persons.id }).from(persons).where(eq(persons.id, input.personId)).for('update');
      const invitation = await issueInvitation(tx, { personId: input.personId, organizationId: input.orgId, actorUserId: user.id });
      await recordAudit(tx, {
        actorUserId: user.id,
        organizationId: input.orgId,
        action: 'invitation.issue',
        entity: 'person',
        entityId: input.personId,
        changes: { invitationLogin: { from: null, to: invitation.login } },
      });
      const name = fullName(person);
      if (person.email) await enqueueMail(tx, mail({ to: person.email, fullName: name, ...invitation }));
      return { personId: input.personId, fullName: name, invitation, mailed: person.email !== null };
    });
  },
);
