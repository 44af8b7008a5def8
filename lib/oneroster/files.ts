/**
 * The OneRoster 1.2 CSV files this exchange reads and writes, the columns each needs, and the
 * enumerations it checks (1EdTech OneRoster CSV Binding 1.2.1). Columns not listed are ignored.
 */

export const DATA_FILES = [
  'orgs',
  'academicSessions',
  'courses',
  'classes',
  'users',
  'demographics',
  'roles',
  'enrollments',
  'categories',
  'lineItems',
  'results',
] as const;
export type DataFile = (typeof DATA_FILES)[number];

/** Every file property a 1.2 manifest may carry (the ones we do not read must be "absent" or are ignored). */
export const MANIFEST_FILES = [
  'academicSessions',
  'categories',
  'classes',
  'classResources',
  'courses',
  'courseResources',
  'demographics',
  'enrollments',
  'lineItemLearningObjectiveIds',
  'lineItems',
  'lineItemScoreScales',
  'orgs',
  'resources',
  'resultLearningObjectiveIds',
  'results',
  'resultScoreScales',
  'roles',
  'scoreScales',
  'userProfiles',
  'userResources',
  'users',
] as const;

export const REQUIRED_COLUMNS: Record<DataFile, readonly string[]> = {
  orgs: ['sourcedId', 'name', 'type'],
  academicSessions: ['sourcedId', 'title', 'type', 'startDate', 'endDate', 'schoolYear'],
  courses: ['sourcedId', 'title', 'orgSourcedId'],
  classes: ['sourcedId', 'title', 'courseSourcedId', 'classType', 'schoolSourcedId', 'termSourcedIds'],
  users: ['sourcedId', 'enabledUser', 'username', 'givenName', 'familyName'],
  demographics: ['sourcedId'],
  roles: ['sourcedId', 'userSourcedId', 'roleType', 'role', 'orgSourcedId'],
  enrollments: ['sourcedId', 'classSourcedId', 'schoolSourcedId', 'userSourcedId', 'role'],
  categories: ['sourcedId', 'title'],
  lineItems: ['sourcedId', 'title', 'assignDate', 'classSourcedId', 'gradingPeriodSourcedId'],
  results: ['sourcedId', 'lineItemSourcedId', 'studentSourcedId', 'scoreStatus', 'scoreDate'],
};

/** The columns the export writes, in the specification's order (our extensions after them). */
export const SPEC_COLUMNS: Record<DataFile, readonly string[]> = {
  orgs: ['sourcedId', 'status', 'dateLastModified', 'name', 'type', 'identifier', 'parentSourcedId'],
  academicSessions: ['sourcedId', 'status', 'dateLastModified', 'title', 'type', 'startDate', 'endDate', 'parentSourcedId', 'schoolYear'],
  courses: ['sourcedId', 'status', 'dateLastModified', 'schoolYearSourcedId', 'title', 'courseCode', 'grades', 'orgSourcedId', 'subjects', 'subjectCodes'],
  classes: ['sourcedId', 'status', 'dateLastModified', 'title', 'grades', 'courseSourcedId', 'classCode', 'classType', 'location', 'schoolSourcedId', 'termSourcedIds', 'subjects', 'subjectCodes', 'periods'],
  users: [
    'sourcedId', 'status', 'dateLastModified', 'enabledUser', 'username', 'userIds', 'givenName', 'familyName', 'middleName', 'identifier', 'email', 'sms', 'phone',
    'agentSourcedIds', 'grades', 'password', 'userMasterIdentifier', 'preferredGivenName', 'preferredMiddleName', 'preferredFamilyName', 'primaryOrgSourcedId', 'pronouns',
  ],
  demographics: ['sourcedId', 'status', 'dateLastModified', 'birthDate', 'sex'],
  roles: ['sourcedId', 'status', 'dateLastModified', 'userSourcedId', 'roleType', 'role', 'beginDate', 'endDate', 'orgSourcedId', 'userProfileSourcedId'],
  enrollments: ['sourcedId', 'status', 'dateLastModified', 'classSourcedId', 'schoolSourcedId', 'userSourcedId', 'role', 'primary', 'beginDate', 'endDate'],
  categories: ['sourcedId', 'status', 'dateLastModified', 'title'],
  lineItems: ['sourcedId', 'status', 'dateLastModified', 'title', 'description', 'assignDate', 'dueDate', 'classSourcedId', 'categorySourcedId', 'gradingPeriodSourcedId', 'resultValueMin', 'resultValueMax'],
  results: ['sourcedId', 'status', 'dateLastModified', 'lineItemSourcedId', 'studentSourcedId', 'scoreStatus', 'score', 'scoreDate', 'comment'],
};

/** Our extension columns: `metadata.kundelik.<name>` (docs/oneroster.md). */
export const MD = 'metadata.kundelik.';

const mdColumns = new Map<string, string>();
/**
 * `metadata.kundelik.<name>`, the same string each time: a column name built per cell (a template
 * literal) is a new string whose hash the column lookup computes again, for each of a city's 15 M
 * rows and a dozen cells in each.
 */
export function mdColumn(name: string): string {
  let column = mdColumns.get(name);
  if (column === undefined) mdColumns.set(name, (column = `${MD}${name}`));
  return column;
}

export const ORG_TYPES = ['department', 'school', 'district', 'local', 'state', 'national'] as const;
export const SESSION_TYPES = ['gradingPeriod', 'semester', 'schoolYear', 'term'] as const;
export const CLASS_TYPES = ['homeroom', 'scheduled'] as const;
export const ROLE_TYPES = ['primary', 'secondary'] as const;
export const ROLES = [
  'aide', 'counselor', 'districtAdministrator', 'guardian', 'parent', 'principal', 'proctor', 'relative', 'siteAdministrator', 'student', 'systemAdministrator', 'teacher',
] as const;
export const ENROLLMENT_ROLES = ['administrator', 'proctor', 'student', 'teacher'] as const;
export const SCORE_STATUSES = ['exempt', 'fully graded', 'not submitted', 'partially graded', 'submitted'] as const;
export const SEXES = ['male', 'female', 'unspecified', 'other'] as const;
export const STATUSES = ['active', 'tobedeleted'] as const;

/** Enumerations may be extended with "ext:…" values (section 3 of the binding); we read them as unknown. */
export const isExtension = (value: string) => /^ext:[a-zA-Z0-9.\-_]+$/.test(value);
