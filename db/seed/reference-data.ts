/** The seed's own reference data: teacher categories and the subjects taught. */

export type TeacherCategory = 'pedagog' | 'moderator' | 'expert' | 'researcher' | 'master' | 'highest' | 'first' | 'second' | 'none';

/** Mostly the five categories since 2020, some legacy ones still in force. */
export const TEACHER_CATEGORY_WEIGHTS: ReadonlyArray<readonly [TeacherCategory, number]> = [
  ['pedagog', 17],
  ['moderator', 22],
  ['expert', 20],
  ['researcher', 12],
  ['master', 4],
  ['highest', 8],
  ['first', 7],
  ['second', 5],
  ['none', 5],
];

export const SUBJECTS_RU = [
  'математики', 'казахского языка и литературы', 'русского языка и литературы', 'английского языка', 'физики',
  'химии', 'биологии', 'географии', 'истории Казахстана', 'всемирной истории', 'информатики',
  'физической культуры', 'музыки', 'художественного труда', 'начальных классов', 'начальных классов',
  'начальных классов', 'самопознания', 'основ права', 'НВП',
] as const;
