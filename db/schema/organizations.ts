import {
  type AnyPgColumn,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  varchar,
} from 'drizzle-orm/pg-core';
import { organizationKind, organizationalStructure } from './enums';
import { nameText } from './names';
import { territories } from './territories';
import { DEFAULT_TIME_ZONE } from '../../lib/time/calendar-date';
import { persons } from './people';
import { defaultFunctionSettings, type FunctionSettings } from './function-settings';

/** Organisational type group: general secondary, special, specialised, orphans, TVET, additional. */
export const institutionTypeGroups = pgTable('institution_type_groups', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  code: varchar({ length: 40 }).notNull().unique(),
  nameKk: text().notNull(),
  nameRu: text().notNull(),
  nameEn: text().notNull(),
  sortOrder: integer().notNull().default(0),
});

/** Institution type: general secondary school, gymnasium, lyceum, … — each in one group. */
export const institutionTypes = pgTable('institution_types', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  groupId: integer()
    .notNull()
    .references(() => institutionTypeGroups.id),
  code: varchar({ length: 40 }).notNull().unique(),
  nameKk: text().notNull(),
  nameRu: text().notNull(),
  nameEn: text().notNull(),
  sortOrder: integer().notNull().default(0),
});

export const organizations = pgTable(
  'organizations',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    kind: organizationKind().notNull(),
    /** The names in Kazakh (and the only name the demo and older rows have). */
    fullName: nameText().notNull(),
    shortName: nameText().notNull(),
    /** The register's Russian names (F-7.2); '' when not given. */
    fullNameRu: nameText().notNull().default(''),
    shortNameRu: nameText().notNull().default(''),
    description: text().notNull().default(''),
    institutionTypeId: integer().references(() => institutionTypes.id),
    organizationalStructure: organizationalStructure().notNull().default('independent'),
    /** The institution a branch belongs to (organisational structure 'branch'). */
    branchOfId: integer().references((): AnyPgColumn => organizations.id),
    /** The head shown in the register (F-7.2): a person of the institution; null = its director. */
    headPersonId: integer().references(() => persons.id),
    /** БСН: 12 digits with the IIN's check digit (lib/organizations/register/bin.ts). */
    bin: varchar({ length: 12 }),
    /** Language codes of instruction (lib/organizations/register/schemas.ts). */
    languages: text().array().notNull().default([]),
    /** Localization (F-4.5): where the organisation is. Descriptive: it never widens any reach. */
    territoryId: integer().references(() => territories.id),
    /**
     * An authority's jurisdiction (lib/organizations/jurisdiction/assign.ts): besides its subtree, the
     * institutions located in this territory are its subordinate candidates; null = subtree only.
     * Set from above (an admin of an authority it lies under) or at installation, never by the
     * organisation itself — a column its own settings forms do not write.
     */
    jurisdictionTerritoryId: integer().references(() => territories.id),
    /** Localization (F-4.5): the territory the organisation answers to, e.g. its region. */
    territorialSubordinationId: integer().references(() => territories.id),
    /** The authority this organisation answers to (null for the top authority). */
    parentId: integer().references((): AnyPgColumn => organizations.id),
    legalAddress: text().notNull().default(''),
    actualAddress: text().notNull().default(''),
    phones: text().notNull().default(''),
    fax: text().notNull().default(''),
    email: text().notNull().default(''),
    website: text().notNull().default(''),
    licenceInfo: text().notNull().default(''),
    accreditationInfo: text().notNull().default(''),
    licenceNumber: text().notNull().default(''),
    licenceDate: date({ mode: 'string' }),
    licenceIssuer: text().notNull().default(''),
    accreditationNumber: text().notNull().default(''),
    accreditationDate: date({ mode: 'string' }),
    /**
     * Closed by the authority's register (never deleted): the institution leaves the subordinate
     * set, reports and audiences (lib/organizations/subordinates/sets.ts); its history stays readable.
     */
    closedAt: timestamp({ withTimezone: true }),
    /** IANA zone; Kazakhstan is on UTC+5 (Asia/Almaty) since 2024-03-01. */
    timeZone: text().notNull().default(DEFAULT_TIME_ZONE),
    functions: jsonb()
      .$type<FunctionSettings>()
      .notNull()
      .default(defaultFunctionSettings),
    logoKey: text(),
    applicationsEmail: text(),
    applicationsEmailConfirmedAt: timestamp({ withTimezone: true }),
    /** Set by an admin's first edit of the leaders' block: from then on it lists organization_leaders, even when empty. */
    leadersEditedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('organizations_parent_idx').on(t.parentId),
    index('organizations_territory_idx').on(t.territoryId),
    index('organizations_type_idx').on(t.institutionTypeId),
  ],
);

/** A department of an organisation (F-2.2): a head, free text, members. */
export const structuralUnits = pgTable(
  'structural_units',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    organizationId: integer()
      .notNull()
      .references(() => organizations.id),
    name: text().notNull(),
    headPersonId: integer().references(() => persons.id),
    info: text().notNull().default(''),
    sortOrder: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('structural_units_org_idx').on(t.organizationId)],
);

export const structuralUnitMembers = pgTable(
  'structural_unit_members',
  {
    unitId: integer()
      .notNull()
      .references(() => structuralUnits.id, { onDelete: 'cascade' }),
    personId: integer()
      .notNull()
      .references(() => persons.id),
    note: text().notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.personId] })],
);

/**
 * The leaders' block of the Page and Structure tabs (F-2.2, the guide's figure 2) once an admin
 * has edited it: people of the organisation in the admins' order, each with the title shown.
 * Until the first edit the block lists the leader roles (lib/organizations/leaders/commands.ts).
 */
export const organizationLeaders = pgTable(
  'organization_leaders',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    organizationId: integer()
      .notNull()
      .references(() => organizations.id),
    personId: integer()
      .notNull()
      .references(() => persons.id),
    title: text().notNull().default(''),
    sortOrder: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('organization_leaders_org_person_idx').on(t.organizationId, t.personId)],
);

/**
 * Which institution types an authority counts as subordinate (F-4.8), and the single
 * institutions it excluded or added by hand (F-4.7).
 */
export const subordinateTypes = pgTable(
  'subordinate_types',
  {
    authorityId: integer()
      .notNull()
      .references(() => organizations.id),
    institutionTypeId: integer()
      .notNull()
      .references(() => institutionTypes.id),
  },
  (t) => [primaryKey({ columns: [t.authorityId, t.institutionTypeId] })],
);

export const subordinateOverrides = pgTable(
  'subordinate_overrides',
  {
    authorityId: integer()
      .notNull()
      .references(() => organizations.id),
    institutionId: integer()
      .notNull()
      .references(() => organizations.id),
    /** true: added although its type is not chosen; false: excluded although it is. */
    included: boolean().notNull(),
  },
  (t) => [primaryKey({ columns: [t.authorityId, t.institutionId] })],
);

export type Organization = typeof organizations.$inferSelect;
/** An authority (education department) or an institution (school): the one definition of the kinds. */
export type OrganizationKind = (typeof organizationKind.enumValues)[number];
export type InstitutionType = typeof institutionTypes.$inferSelect;
export type InstitutionTypeGroup = typeof institutionTypeGroups.$inferSelect;
export type StructuralUnit = typeof structuralUnits.$inferSelect;
