import { pgEnum } from 'drizzle-orm/pg-core';

export const territoryLevel = pgEnum('territory_level', ['country', 'region', 'district', 'city']);

/** An authority manages (the АББ, a district department); an institution teaches (a school, ББМ). */
export const organizationKind = pgEnum('organization_kind', ['authority', 'institution']);

/** Independent institution or a branch of another (register of institutions, F-7.2). */
export const organizationalStructure = pgEnum('organizational_structure', ['independent', 'branch']);

/**
 * The role a person holds in one organisation. Authority roles: leader, deputy, employee.
 * Institution roles: director, deputy_director, head_of_studies, teacher, employee, student, parent.
 * "Admin", "moderator" and "editor" are extra rights on a membership, not roles.
 */
export const membershipRole = pgEnum('membership_role', [
  'leader',
  'deputy',
  'employee',
  'director',
  'deputy_director',
  'head_of_studies',
  'teacher',
  'student',
  'parent',
]);

export const sex = pgEnum('sex', ['male', 'female']);

/** Teacher qualification categories: the five since 2020, then the four legacy ones. */
export const teacherCategory = pgEnum('teacher_category', [
  'pedagog',
  'moderator',
  'expert',
  'researcher',
  'master',
  'highest',
  'first',
  'second',
  'none',
]);

export const outboxStatus = pgEnum('outbox_status', ['pending', 'sent', 'failed']);
