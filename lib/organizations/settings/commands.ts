import 'server-only';
import { eq, inArray } from 'drizzle-orm';
import type { DbExecutor } from '@/db/index';
import { organizations, territories } from '@/db/schema/index';
import { ActionError } from '@/lib/action-core';
import { changesBetween, recordAudit } from '@/lib/audit/record';
import type { CurrentUser } from '@/lib/auth/permissions';
import { command } from '@/lib/command';
import { aboutSchema, contactsSchema, localizationSchema, type LocalizationInput } from './schemas';

/**
 * Settings → About, Contacts and Localization (F-4.1, F-4.3, F-4.5): one organisation row each,
 * an audit event with the changed fields only, nothing written when nothing changed.
 */
async function updateOrganization(db: DbExecutor, user: CurrentUser, orgId: number, action: string, values: Partial<typeof organizations.$inferInsert>) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(organizations).where(eq(organizations.id, orgId)).for('update');
    if (!before) throw new ActionError('forbidden');
    const changes = changesBetween(before as Record<string, unknown>, values as Record<string, unknown>);
    if (Object.keys(changes).length === 0) return { changed: 0 };
    await tx.update(organizations).set(values).where(eq(organizations.id, orgId));
    await recordAudit(tx, { actorUserId: user.id, organizationId: orgId, action, entity: 'organization', entityId: orgId, changes });
    return { changed: Object.keys(changes).length };
  });
}

export const updateAbout = command(aboutSchema, 'org.settings.edit', (db, { orgId, ...values }, { user }) =>
  updateOrganization(db, user, orgId, 'organization.about.update', values), { expires: ['profile'] });

export const updateContacts = command(contactsSchema, 'org.settings.edit', (db, { orgId, ...values }, { user }) =>
  updateOrganization(db, user, orgId, 'organization.contacts.update', values), { expires: ['profile', 'feedback'] });

/**
 * The chosen places must form a chain (the region inside the country, the city inside the region);
 * the deepest one chosen becomes the organisation's territory.
 */
export async function checkLocation(db: DbExecutor, input: LocalizationInput): Promise<{ territoryId: number | null; subordinationId: number | null }> {
  const ids = [input.countryId, input.regionId, input.cityId, input.subordinationId].filter((id): id is number => id !== null);
  const rows = ids.length ? await db.select({ id: territories.id, parentId: territories.parentId, level: territories.level }).from(territories).where(inArray(territories.id, ids)) : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const errors: Record<string, string[]> = {};
  const country = input.countryId === null ? null : byId.get(input.countryId);
  const region = input.regionId === null ? null : byId.get(input.regionId);
  const city = input.cityId === null ? null : byId.get(input.cityId);
  if (input.countryId !== null && country?.level !== 'country') errors.countryId = ['invalid'];
  if (input.regionId !== null && (!region || region.level !== 'region' || region.parentId !== input.countryId)) errors.regionId = ['Localization.region_outside_country'];
  if (input.cityId !== null && (!city || city.parentId !== input.regionId || input.regionId === null)) errors.cityId = ['Localization.city_outside_region'];
  if (input.subordinationId !== null && !byId.has(input.subordinationId)) errors.subordinationId = ['invalid'];
  if (Object.keys(errors).length > 0) throw new ActionError('invalid', errors);
  return { territoryId: input.cityId ?? input.regionId ?? input.countryId, subordinationId: input.subordinationId };
}

export const updateLocalization = command(localizationSchema, 'org.settings.edit', async (db, input, { user }) => {
  const { territoryId, subordinationId } = await checkLocation(db, input);
  return updateOrganization(db, user, input.orgId, 'organization.localization.update', { territoryId, territorialSubordinationId: subordinationId, timeZone: input.timeZone });
}, { expires: 'organisation' });
