import type { AttendanceKind, LessonStatus, MarkKind, MembershipRole, Organization, OrganizationKind } from '@/db/schema';

/**
 * What an import will write, worked out from a bundle before anything is written. Rows refer to
 * each other by `Ref`: a row of ours that exists, or a row of this plan (its index in the list).
 * The context the planning steps share, and their row readers, are plan-context.ts.
 */

export type Ref = { existing: number } | { planned: number };
export const refKey = (r: Ref) => ('existing' in r ? `e${r.existing}` : `p${r.planned}`);
/** A Ref as one number (even: a row of ours, odd: a row of the plan), for lists kept by the million. */
export const packRef = (r: Ref): number => ('existing' in r ? 2 * r.existing : 2 * r.planned + 1);
export const unpackRef = (n: number): Ref => (n % 2 === 0 ? { existing: n / 2 } : { planned: (n - 1) / 2 });

export type OrgFields = Pick<
  Organization,
  | 'fullName'
  | 'shortName'
  | 'organizationalStructure'
  | 'legalAddress'
  | 'actualAddress'
  | 'phones'
  | 'fax'
  | 'email'
  | 'website'
  | 'licenceInfo'
  | 'accreditationInfo'
  | 'timeZone'
  | 'description'
  // The register's fields (issue 12 §1), so a round trip keeps them.
  | 'fullNameRu'
  | 'shortNameRu'
  | 'bin'
  | 'languages'
  | 'licenceNumber'
  | 'licenceDate'
  | 'licenceIssuer'
  | 'accreditationNumber'
  | 'accreditationDate'
  | 'closedAt'
> & { institutionTypeCode: string | null; kato: string | null; subordinationKato: string | null };
export type OrgPlan = {
  sourcedId: string;
  line: number;
  existing: number | null;
  kind: OrganizationKind;
  /** Only the fields the bundle gives (an existing organisation keeps the others). */
  fields: Partial<OrgFields>;
  parent: Ref | null;
  /** The register's "branch of": undefined when the bundle does not say, null for none. */
  branchOf?: Ref | null;
  subordinateTypes: string[] | null;
  overrides: Array<{ institution: Ref; included: boolean }> | null;
};
export type TerritoryPlan = { kato: string; level: 'country' | 'region' | 'district' | 'city'; parentKato: string | null; nameKk: string; nameRu: string; nameEn: string };
export type SubjectPlan = { code: string; nameKk: string; nameRu: string; nameEn: string; graded: boolean; sortOrder: number };

export type PersonFields = { surname: string; name: string; patronymic: string | null; birthDate: string; sex: 'male' | 'female'; iin: string; email?: string | null; phone?: string | null };
export type UserFields = { login: string; email?: string | null; registeredAt?: string; lastSignInAt?: string | null; showContacts?: boolean };
export type PersonPlan = { sourcedId: string; line: number; existing: number | null; fields: PersonFields; user: UserFields | null; signIns: number[] };

export type MembershipFields = {
  role: MembershipRole;
  position?: string;
  socialPosition?: string;
  employment?: string;
  arrivalDate?: string | null;
  isAdmin?: boolean;
  isModerator?: boolean;
  isEditor?: boolean;
  category?: string | null;
  attestationDate?: string | null;
  archivedAt: string | null;
};
export type Movement = { kind: 'arrived' | 'left' | 'transferred'; date: string; classRef: Ref | null; counterpart: string };
export type MembershipPlan = { sourcedId: string; line: number; existing: number | null; person: Ref; org: Ref; fields: MembershipFields; movements: Movement[]; deleted: boolean };

export type ClassPlan = { sourcedId: string; line: number; existing: number | null; org: Ref; schoolYear: number; grade: number; letter: string; formTeacher: Ref | null };
/** A subject taught in a class. `stub`: one of ours the bundle refers to without listing it (a delta). */
export type SectionPlan = { sourcedId: string; line: number; existing: { classId: number; subjectId: number } | null; homeroom: Ref; subjectCode: string; lessonsPerWeek: number; teacher: Ref | null; stub: boolean };
export type Enrolment = { classRef: Ref; person: Ref; deleted: boolean; line: number };

export type LessonPlan = {
  sourcedId: string;
  line: number;
  existing: number | null;
  section: Ref;
  date: string;
  quarter: number;
  period: number;
  status: LessonStatus;
  topic: string | null;
  teacher: Ref | null;
  substitute: Ref | null;
  /** Milliseconds since 1970 (a number, not a string per lesson). */
  recordedAt: number | null;
  homework: string | null;
};

/**
 * Rows about students on the planned lessons — attendance exceptions (`value`: the kind's index
 * in ATTENDANCE_KINDS), homework reports (`value`: minutes) — as columns, in lesson order:
 * `lesson` is the index in Plan.lessons, `person` a packed Ref (packRef). A city's 2.5 M lessons
 * have millions of them; an object each and a list per lesson were half a gigabyte.
 */
export type LessonRows = { lesson: number[]; person: number[]; value: number[] };
export const ATTENDANCE_KINDS: readonly AttendanceKind[] = ['absent_illness', 'absent_other', 'late'];
export type MarkPlan = {
  sourcedId: string;
  line: number;
  existing: number | null;
  lesson: Ref;
  student: Ref;
  kind: MarkKind;
  score: number;
  maxScore: number;
  createdAt: string;
  edits: Array<{ editor: Ref; at: string; oldScore: number; newScore: number }>;
};

export type Plan = {
  territories: TerritoryPlan[];
  orgs: OrgPlan[];
  subjects: SubjectPlan[];
  persons: PersonPlan[];
  parentLinks: Array<{ student: Ref; parent: Ref }>;
  memberships: MembershipPlan[];
  classes: ClassPlan[];
  sections: SectionPlan[];
  enrolments: Enrolment[];
  /** Form teachers of classes of ours that the bundle does not list. */
  formTeachers: Array<{ classId: number; person: Ref }>;
  lessons: LessonPlan[];
  attendance: LessonRows;
  homeworkReports: LessonRows;
  /** results.csv is not held (plan-marks.ts): how many marks it gives, and of which kinds. */
  marks: { count: number; kinds: Set<MarkKind>; known: boolean };
  removals: Removals;
};

/**
 * What a delta's `tobedeleted` rows take away (docs/oneroster.md, "Removing"), as rows of ours:
 * a sourcedId that resolves to nothing is nothing to remove (so the same delta twice changes
 * nothing the second time). Enrolments and roles carry their own `deleted` flag.
 */
export type Removals = {
  /** Organisations to close (the register's close). */
  orgs: Array<{ id: number; line: number }>;
  /** Active memberships to archive: a user's in the jurisdiction, or one role's (with the row that asks). */
  memberships: Array<{ id: number; archivedAt: string | null; file: 'users.csv' | 'roles.csv'; line: number }>;
  classes: Array<{ id: number; line: number; sourcedId: string }>;
  sections: Array<{ classId: number; subjectId: number; line: number; sourcedId: string }>;
  lessons: Array<{ id: number; line: number; sourcedId: string }>;
  marks: Array<{ id: number; line: number; sourcedId: string }>;
  /** Form teachers whose enrolment in a homeroom class ends. */
  formTeachers: Array<{ classRef: Ref; person: Ref }>;
  /** Reference data a row asked to delete: refused while still in use, else left (docs). */
  sessions: Array<{ line: number; kind: 'year' | 'period'; year: number; start: string; end: string }>;
  courses: Array<{ line: number; code: string }>;
  categories: Array<{ line: number; kind: MarkKind }>;
};

export const emptyPlan = (): Plan => ({
  territories: [],
  orgs: [],
  subjects: [],
  persons: [],
  parentLinks: [],
  memberships: [],
  classes: [],
  sections: [],
  enrolments: [],
  formTeachers: [],
  lessons: [],
  attendance: { lesson: [], person: [], value: [] },
  homeworkReports: { lesson: [], person: [], value: [] },
  marks: { count: 0, kinds: new Set(), known: false },
  removals: { orgs: [], memberships: [], classes: [], sections: [], lessons: [], marks: [], formTeachers: [], sessions: [], courses: [], categories: [] },
});
