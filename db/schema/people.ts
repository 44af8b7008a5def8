import { sql } from 'drizzle-orm';
import {
  boolean,
  char,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { membershipRole, sex, teacherCategory } from './enums';
import { nameText } from './names';
import { organizations } from './organizations';

/** A person whose data was entered (тұлға). Becomes a user on registration. */
export const persons = pgTable(
  'persons',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    surname: nameText().notNull(),
    name: nameText().notNull(),
    patronymic: nameText(),
    // The full name in lower case, kept by the database (issue 13): lower() under the Kazakh ICU
    // collation costs ~5 µs a row, so a search whose pattern the trigram index cannot narrow (two
    // letters, «Ах») spent 18 ms of a demo-region People request lowering every name.
    nameSearch: text()
      .notNull()
      .generatedAlwaysAs(sql`lower(surname || ' ' || name || ' ' || coalesce(patronymic, ''))`),
    birthDate: date({ mode: 'string' }).notNull(),
    sex: sex().notNull(),
    iin: char({ length: 12 }).notNull().unique(),
    email: text(),
    phone: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Name search that tolerates case, word order and partial words (pg_trgm).
    index('persons_name_search_trgm_idx').using('gin', sql`${t.nameSearch} gin_trgm_ops`),
    // Lists of people in name order (People tab "All" without a search) read it instead of sorting everyone.
    index('persons_name_order_idx').on(t.surname, t.name, t.patronymic.asc().nullsFirst(), t.id),
  ],
);

/** A registered person (пайдаланушы): has a login and password. */
export const users = pgTable(
  'users',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    personId: integer()
      .notNull()
      .unique()
      .references(() => persons.id),
    login: text().notNull(),
    email: text(),
    passwordHash: text().notNull(),
    registeredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastSignInAt: timestamp({ withTimezone: true }),
    /** The personal page shows e-mail and phone only when the user allows it. */
    showContacts: boolean().notNull().default(false),
    /**
     * Sessions carry the version they were opened with (lib/auth/options.ts); raising it ends every
     * session of the user at their next request: sign-out, a new password and the removal of the
     * last membership do (db/migrations-manual/sessions.sql for the last two).
     */
    sessionVersion: integer().notNull().default(0),
  },
  (t) => [uniqueIndex('users_login_lower_idx').on(sql`lower(${t.login})`), index('users_email_idx').on(sql`lower(${t.email})`)],
);

/** A person's place in one organisation: role, position and extra rights; archived, never deleted. */
export const memberships = pgTable(
  'memberships',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    personId: integer()
      .notNull()
      .references(() => persons.id),
    organizationId: integer()
      .notNull()
      .references(() => organizations.id),
    role: membershipRole().notNull(),
    position: text().notNull().default(''),
    socialPosition: text().notNull().default(''),
    /** Employment in the education process (F-3.3), free text such as "full time". */
    employment: text().notNull().default(''),
    arrivalDate: date({ mode: 'string' }),
    isAdmin: boolean().notNull().default(false),
    isModerator: boolean().notNull().default(false),
    isEditor: boolean().notNull().default(false),
    /** Teaching staff only: qualification category and the date of the last attestation. */
    category: teacherCategory(),
    attestationDate: date({ mode: 'string' }),
    archivedAt: timestamp({ withTimezone: true }),
    /**
     * Since when the membership has been active without a break: its creation, or its last
     * restore from the archive. The oldest one names the person's home organisation
     * (lib/people/home-organization.ts), so a restore does not take the home back.
     */
    activeSince: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('memberships_person_idx').on(t.personId),
    index('memberships_org_role_idx').on(t.organizationId, t.role),
    // An organisation's administrators (its Page tab, on every visit): a few rows, which PostgreSQL
    // estimates as few with or without the organisation's id, so it keeps one plan for the
    // statement instead of planning it again on every visit (lib/organizations/queries.ts).
    index('memberships_org_admins_idx')
      .on(t.organizationId)
      .where(sql`${t.isAdmin} and ${t.archivedAt} is null`),
    // One active membership per person, organisation and role.
    uniqueIndex('memberships_active_unique_idx')
      .on(t.personId, t.organizationId, t.role)
      .where(sql`${t.archivedAt} is null`),
  ],
);

export type Person = typeof persons.$inferSelect;
export type User = typeof users.$inferSelect;
export type Membership = typeof memberships.$inferSelect;
export type MembershipRole = (typeof membershipRole.enumValues)[number];
