import { listZip, readEntry } from '@/lib/zip/read';

/**
 * An independent check of a OneRoster 1.2 CSV bundle against the specification (1EdTech
 * "OneRoster: CSV Binding" 1.2.1): the manifest's properties, each file's header (every column
 * of the binding, in its order, extensions only after them as `metadata.*`), required values,
 * enumerations, date formats, unique sourcedIds and every reference between files. Written from
 * the binding's tables, not from lib/oneroster, so the export cannot agree with itself by mistake.
 */

type Field = { name: string; required?: boolean; enum?: readonly string[]; date?: boolean; list?: boolean; ref?: string };

const f = (name: string, more: Omit<Field, 'name'> = {}): Field => ({ name, ...more });
const STATUS = f('status', { enum: ['active', 'tobedeleted'] });
const BASE = [f('sourcedId', { required: true }), STATUS, f('dateLastModified')];

const SPEC: Record<string, Field[]> = {
  'academicSessions.csv': [
    ...BASE,
    f('title', { required: true }),
    f('type', { required: true, enum: ['gradingPeriod', 'semester', 'schoolYear', 'term'] }),
    f('startDate', { required: true, date: true }),
    f('endDate', { required: true, date: true }),
    f('parentSourcedId', { ref: 'academicSessions.csv' }),
    f('schoolYear', { required: true }),
  ],
  'categories.csv': [...BASE, f('title', { required: true })],
  'classes.csv': [
    ...BASE,
    f('title', { required: true }),
    f('grades', { list: true }),
    f('courseSourcedId', { required: true, ref: 'courses.csv' }),
    f('classCode'),
    f('classType', { required: true, enum: ['homeroom', 'scheduled'] }),
    f('location'),
    f('schoolSourcedId', { required: true, ref: 'orgs.csv' }),
    f('termSourcedIds', { required: true, list: true, ref: 'academicSessions.csv' }),
    f('subjects', { list: true }),
    f('subjectCodes', { list: true }),
    f('periods', { list: true }),
  ],
  'courses.csv': [
    ...BASE,
    f('schoolYearSourcedId', { ref: 'academicSessions.csv' }),
    f('title', { required: true }),
    f('courseCode'),
    f('grades', { list: true }),
    f('orgSourcedId', { required: true, ref: 'orgs.csv' }),
    f('subjects', { list: true }),
    f('subjectCodes', { list: true }),
  ],
  'demographics.csv': [...BASE, f('birthDate', { date: true }), f('sex', { enum: ['male', 'female', 'unspecified', 'other'] })],
  'enrollments.csv': [
    ...BASE,
    f('classSourcedId', { required: true, ref: 'classes.csv' }),
    f('schoolSourcedId', { required: true, ref: 'orgs.csv' }),
    f('userSourcedId', { required: true, ref: 'users.csv' }),
    f('role', { required: true, enum: ['administrator', 'proctor', 'student', 'teacher'] }),
    f('primary', { enum: ['true', 'false'] }),
    f('beginDate', { date: true }),
    f('endDate', { date: true }),
  ],
  'lineItems.csv': [
    ...BASE,
    f('title', { required: true }),
    f('description'),
    f('assignDate', { required: true }),
    f('dueDate', { required: true }),
    f('classSourcedId', { required: true, ref: 'classes.csv' }),
    f('categorySourcedId', { required: true, ref: 'categories.csv' }),
    f('gradingPeriodSourcedId', { required: true, ref: 'academicSessions.csv' }),
    f('resultValueMin'),
    f('resultValueMax'),
  ],
  'orgs.csv': [
    ...BASE,
    f('name', { required: true }),
    f('type', { required: true, enum: ['department', 'school', 'district', 'local', 'state', 'national'] }),
    f('identifier'),
    f('parentSourcedId', { ref: 'orgs.csv' }),
  ],
  'results.csv': [
    ...BASE,
    f('lineItemSourcedId', { required: true, ref: 'lineItems.csv' }),
    f('studentSourcedId', { required: true, ref: 'users.csv' }),
    f('scoreStatus', { required: true, enum: ['exempt', 'fully graded', 'not submitted', 'partially graded', 'submitted'] }),
    f('score'),
    f('scoreDate', { required: true, date: true }),
    f('comment'),
  ],
  'roles.csv': [
    ...BASE,
    f('userSourcedId', { required: true, ref: 'users.csv' }),
    f('roleType', { required: true, enum: ['primary', 'secondary'] }),
    f('role', {
      required: true,
      enum: ['aide', 'counselor', 'districtAdministrator', 'guardian', 'parent', 'principal', 'proctor', 'relative', 'siteAdministrator', 'student', 'systemAdministrator', 'teacher'],
    }),
    f('beginDate', { date: true }),
    f('endDate', { date: true }),
    f('orgSourcedId', { required: true, ref: 'orgs.csv' }),
    f('userProfileSourcedId'),
  ],
  'users.csv': [
    ...BASE,
    f('enabledUser', { required: true, enum: ['true', 'false'] }),
    f('username', { required: true }),
    f('userIds', { list: true }),
    f('givenName', { required: true }),
    f('familyName', { required: true }),
    f('middleName'),
    f('identifier'),
    f('email'),
    f('sms'),
    f('phone'),
    f('agentSourcedIds', { list: true, ref: 'users.csv' }),
    f('grades', { list: true }),
    f('password'),
    f('userMasterIdentifier'),
    f('preferredGivenName'),
    f('preferredMiddleName'),
    f('preferredFamilyName'),
    f('primaryOrgSourcedId', { ref: 'orgs.csv' }),
    f('pronouns'),
  ],
};

const MANIFEST_FILES = [
  'academicSessions', 'categories', 'classes', 'classResources', 'courses', 'courseResources', 'demographics', 'enrollments', 'lineItemLearningObjectiveIds', 'lineItems',
  'lineItemScoreScales', 'orgs', 'resources', 'resultLearningObjectiveIds', 'results', 'resultScoreScales', 'roles', 'scoreScales', 'userProfiles', 'userResources', 'users',
];

/** RFC 4180 records (a small reader of its own: the validator shares no code with the importer). */
function records(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') continue;
    else if (c === '\n') {
      row.push(cell);
      out.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    out.push(row);
  }
  return out;
}

const isDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v));

export async function validateOneRosterBundle(zip: Uint8Array): Promise<string[]> {
  const errors: string[] = [];
  const listing = listZip(zip);
  if (!listing.ok) return [`not a readable zip: ${listing.problem}`];
  const texts = new Map<string, string>();
  for (const entry of listing.entries) {
    const chunks: Uint8Array[] = [];
    for await (const c of readEntry(zip, entry, 2 ** 31)) chunks.push(c);
    texts.set(entry.name, new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks)).replace(/^\uFEFF/, ''));
  }
  const manifestText = texts.get('manifest.csv');
  if (!manifestText) return ['manifest.csv is missing'];
  const [mHead, ...mRows] = records(manifestText);
  if (mHead?.join(',') !== 'propertyName,value') errors.push('manifest.csv: header must be propertyName,value');
  const props = new Map(mRows.map((r) => [r[0]!, r[1]!]));
  if (props.get('manifest.version') !== '1.0') errors.push('manifest.version must be 1.0');
  if (!/^1\.2(\.\d)?$/.test(props.get('oneroster.version') ?? '')) errors.push('oneroster.version must be 1.2');
  for (const p of ['source.systemName', 'source.systemCode']) if (!props.has(p)) errors.push(`manifest: ${p} missing`);
  for (const file of MANIFEST_FILES) {
    const mode = props.get(`file.${file}`);
    if (!mode || !['bulk', 'delta', 'absent'].includes(mode)) errors.push(`manifest: file.${file} must be bulk, delta or absent`);
    if (mode && mode !== 'absent' && !texts.has(`${file}.csv`)) errors.push(`${file}.csv is listed but missing`);
    if (mode === 'absent' && texts.has(`${file}.csv`)) errors.push(`${file}.csv is present but listed absent`);
  }

  const tables = new Map<string, { header: string[]; rows: string[][]; mode: string }>();
  for (const [name, spec] of Object.entries(SPEC)) {
    const text = texts.get(name);
    if (!text) continue;
    const [header = [], ...rows] = records(text);
    const mode = props.get(`file.${name.replace('.csv', '')}`) ?? '';
    spec.forEach((field, i) => header[i] !== field.name && errors.push(`${name}: column ${i + 1} must be ${field.name}, is ${header[i] ?? 'missing'}`));
    header.slice(spec.length).forEach((h) => !h.startsWith('metadata.') && errors.push(`${name}: extension column ${h} must start with metadata.`));
    tables.set(name, { header, rows, mode });
  }
  const ids = new Map<string, Set<string>>();
  for (const [name, t] of tables) {
    const set = new Set<string>();
    t.rows.forEach((r, i) => {
      if (r.length !== t.header.length) errors.push(`${name} line ${i + 2}: ${r.length} fields, header has ${t.header.length}`);
      if (set.has(r[0]!)) errors.push(`${name} line ${i + 2}: sourcedId ${r[0]} twice`);
      set.add(r[0]!);
    });
    ids.set(name, set);
  }
  const orgType = new Map((tables.get('orgs.csv')?.rows ?? []).map((r) => [r[0]!, r[4]!]));
  for (const [name, t] of tables) {
    const spec = SPEC[name]!;
    t.rows.forEach((r, i) => {
      const at = `${name} line ${i + 2}`;
      spec.forEach((field, c) => {
        const value = r[c] ?? '';
        if (field.required && value === '') errors.push(`${at}: ${field.name} is required`);
        if (value === '') return;
        if ((field.name === 'status' || field.name === 'dateLastModified') && t.mode === 'bulk') errors.push(`${at}: ${field.name} must be empty in a bulk file`);
        const values = field.list ? value.split(',').map((v) => v.trim()) : [value];
        for (const v of values) {
          if (field.enum && !field.enum.includes(v) && !/^ext:[a-zA-Z0-9.\-_]+$/.test(v)) errors.push(`${at}: ${field.name} "${v}" is not in the enumeration`);
          if (field.date && !isDate(v)) errors.push(`${at}: ${field.name} "${v}" is not a date (YYYY-MM-DD)`);
          if (field.ref && !ids.get(field.ref)?.has(v)) errors.push(`${at}: ${field.name} "${v}" is not in ${field.ref}`);
        }
      });
      if (name === 'users.csv' && r[5] && !r[5].split(',').every((u) => /^\{[^:}]+:[^}]+\}$/.test(u.trim()))) errors.push(`${at}: userIds must be {type:identifier}`);
      if (name === 'demographics.csv' && !ids.get('users.csv')?.has(r[0]!)) errors.push(`${at}: demographics.sourcedId must be a user's`);
      if ((name === 'classes.csv' || name === 'enrollments.csv') && orgType.get(name === 'classes.csv' ? r[9]! : r[4]!) !== 'school') errors.push(`${at}: schoolSourcedId must be an org of type school`);
      if (name === 'academicSessions.csv' && !/^\d{4}$/.test(r[8] ?? '')) errors.push(`${at}: schoolYear must be a year (YYYY)`);
      if ((name === 'classes.csv' || name === 'courses.csv') && (r[name === 'classes.csv' ? 11 : 8] ?? '').split(',').filter(Boolean).length !== (r[name === 'classes.csv' ? 12 : 9] ?? '').split(',').filter(Boolean).length) {
        errors.push(`${at}: subjects and subjectCodes must have the same length`);
      }
      if (name === 'results.csv' && r[6] !== '' && Number.isNaN(Number(r[6]))) errors.push(`${at}: score must be a number`);
    });
  }
  return errors;
}
