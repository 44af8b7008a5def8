import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/db/index';
import { applicationsEmailCodes, organizations, territories } from '@/db/schema/index';
import type { Locale } from '@/lib/i18n/routing';
import { mailStates } from '@/lib/mail/sender';
import { lowerAuthoritiesJurisdiction } from '../jurisdiction/queries';
import { localName } from '../queries';
import { listSubordinateSide, subordinateFilterOptions, subordinateTypesForm } from '../subordinates/lists';

/** What the settings forms (F-4.1 … F-4.6) start from. */
export async function getOrganizationSettings({ orgId }: { orgId: number }) {
  const [org] = await getDb()
    .select({
      id: organizations.id,
      kind: organizations.kind,
      shortName: organizations.shortName,
      fullName: organizations.fullName,
      legalAddress: organizations.legalAddress,
      actualAddress: organizations.actualAddress,
      phones: organizations.phones,
      fax: organizations.fax,
      email: organizations.email,
      website: organizations.website,
      territoryId: organizations.territoryId,
      territorialSubordinationId: organizations.territorialSubordinationId,
      timeZone: organizations.timeZone,
      logoKey: organizations.logoKey,
      applicationsEmail: organizations.applicationsEmail,
      applicationsEmailConfirmedAt: organizations.applicationsEmailConfirmedAt,
    })
    .from(organizations)
    .where(eq(organizations.id, orgId));
  return org ?? null;
}

export type TerritoryOption = { id: number; parentId: number | null; level: 'country' | 'region' | 'district' | 'city'; name: string };

/** Every territory (about 200 rows), for the dependent selects of Localization. */
export async function getTerritoryOptions({ locale }: { locale: Locale }): Promise<TerritoryOption[]> {
  const rows = await getDb().select().from(territories).orderBy(asc(territories.katoCode));
  return rows.map((r) => ({ id: r.id, parentId: r.parentId, level: r.level, name: localName(r, locale) })).sort((a, b) => a.name.localeCompare(b.name, locale));
}

/** The code last sent for the applications e-mail, with its mail's delivery state. */
export async function getPendingApplicationsEmail({ orgId }: { orgId: number }) {
  const db = getDb();
  const [code] = await db
    .select({ email: applicationsEmailCodes.email, sentAt: applicationsEmailCodes.sentAt, expiresAt: applicationsEmailCodes.expiresAt, usedAt: applicationsEmailCodes.usedAt, failedAttempts: applicationsEmailCodes.failedAttempts, outboxId: applicationsEmailCodes.outboxId })
    .from(applicationsEmailCodes)
    .where(eq(applicationsEmailCodes.organizationId, orgId));
  if (!code || code.usedAt) return null;
  const mail = (await mailStates(db, [code.outboxId])).get(code.outboxId ?? -1) ?? null;
  return { ...code, mail };
}

/** F-4.7 and F-4.8 for the settings pages (the work is in subordinate-lists.ts, tested on its own). */
export function getSubordinateFilterOptions(args: { authorityId: number; locale: Locale }) {
  return subordinateFilterOptions(getDb(), args);
}

export function getSubordinateSide(args: Parameters<typeof listSubordinateSide>[1]) {
  return listSubordinateSide(getDb(), args);
}

export function getSubordinateTypesForm(args: { authorityId: number; locale: Locale }) {
  return subordinateTypesForm(getDb(), args);
}

export function getLowerAuthoritiesJurisdiction(args: { authorityId: number; locale: Locale }) {
  return lowerAuthoritiesJurisdiction(getDb(), args);
}
