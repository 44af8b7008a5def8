import type { SubjectInput } from '../../../lib/journal/school';

/** Subjects of the general secondary school, their weekly hours per grade, and who teaches them. */

type SubjectSeed = Omit<SubjectInput, 'sortOrder'>;

const s = (code: string, nameKk: string, nameRu: string, nameEn: string, graded = true): SubjectSeed => ({ code, nameKk, nameRu, nameEn, graded });

export const SUBJECTS: readonly SubjectInput[] = [
  s('literacy', 'Сауат ашу', 'Обучение грамоте', 'Literacy'),
  s('kazakh_language', 'Қазақ тілі', 'Казахский язык', 'Kazakh language'),
  s('kazakh_literature', 'Қазақ әдебиеті', 'Казахская литература', 'Kazakh literature'),
  s('russian_language', 'Орыс тілі', 'Русский язык', 'Russian language'),
  s('russian_literature', 'Орыс әдебиеті', 'Русская литература', 'Russian literature'),
  s('english', 'Ағылшын тілі', 'Английский язык', 'English'),
  s('mathematics', 'Математика', 'Математика', 'Mathematics'),
  s('algebra', 'Алгебра', 'Алгебра', 'Algebra'),
  s('geometry', 'Геометрия', 'Геометрия', 'Geometry'),
  s('natural_science', 'Жаратылыстану', 'Естествознание', 'Natural science'),
  s('physics', 'Физика', 'Физика', 'Physics'),
  s('chemistry', 'Химия', 'Химия', 'Chemistry'),
  s('biology', 'Биология', 'Биология', 'Biology'),
  s('geography', 'География', 'География', 'Geography'),
  s('history_kz', 'Қазақстан тарихы', 'История Казахстана', 'History of Kazakhstan'),
  s('world_history', 'Дүниежүзі тарихы', 'Всемирная история', 'World history'),
  s('informatics', 'Информатика', 'Информатика', 'Computer science'),
  s('law', 'Құқық негіздері', 'Основы права', 'Foundations of law'),
  s('physical_education', 'Дене шынықтыру', 'Физическая культура', 'Physical education', false),
  s('music', 'Музыка', 'Музыка', 'Music', false),
  s('art_labour', 'Көркем еңбек', 'Художественный труд', 'Arts and crafts', false),
  s('self_knowledge', 'Өзін-өзі тану', 'Самопознание', 'Self-knowledge', false),
  s('nvp', 'Алғашқы әскери дайындық', 'Начальная военная подготовка', 'Basic military training'),
].map((subject, sortOrder) => ({ ...subject, sortOrder }));

type Hours = ReadonlyArray<readonly [string, number]>;

const PRIMARY_1: Hours = [['literacy', 6], ['mathematics', 4], ['natural_science', 1], ['english', 2], ['self_knowledge', 1], ['art_labour', 2], ['music', 1], ['physical_education', 3]];
const PRIMARY: Hours = [['kazakh_language', 4], ['kazakh_literature', 2], ['russian_language', 2], ['english', 2], ['mathematics', 4], ['natural_science', 2], ['self_knowledge', 1], ['art_labour', 2], ['music', 1], ['physical_education', 3]];
const MIDDLE: Hours = [['kazakh_language', 3], ['kazakh_literature', 2], ['russian_language', 2], ['russian_literature', 1], ['english', 3], ['mathematics', 5], ['natural_science', 2], ['history_kz', 1], ['world_history', 1], ['informatics', 1], ['art_labour', 2], ['music', 1], ['physical_education', 3], ['self_knowledge', 1]];
const BASIC: Hours = [['kazakh_language', 2], ['kazakh_literature', 2], ['russian_language', 2], ['russian_literature', 1], ['english', 3], ['algebra', 3], ['geometry', 2], ['physics', 2], ['chemistry', 2], ['biology', 2], ['geography', 2], ['history_kz', 2], ['world_history', 1], ['informatics', 1], ['physical_education', 3], ['art_labour', 1], ['self_knowledge', 1]];
const SENIOR: Hours = [['kazakh_language', 1], ['kazakh_literature', 2], ['russian_language', 1], ['russian_literature', 1], ['english', 3], ['algebra', 3], ['geometry', 2], ['physics', 3], ['chemistry', 2], ['biology', 2], ['geography', 2], ['history_kz', 2], ['world_history', 2], ['informatics', 2], ['law', 1], ['physical_education', 3], ['nvp', 1]];

/** Subjects and lessons a week for a grade (1–11). */
export function curriculum(grade: number): Hours {
  if (grade <= 1) return PRIMARY_1;
  if (grade <= 4) return PRIMARY;
  if (grade <= 6) return MIDDLE;
  if (grade <= 9) return BASIC;
  return SENIOR;
}

/** What the primary-class teacher of grades 1–4 teaches herself; the rest comes from subject teachers. */
export const PRIMARY_TEACHER_SUBJECTS: ReadonlySet<string> = new Set(['literacy', 'kazakh_language', 'kazakh_literature', 'russian_language', 'mathematics', 'natural_science', 'self_knowledge', 'art_labour']);

/** The seed's teacher positions ("Учитель математики") → the subjects that teacher can take. */
export const SUBJECTS_BY_POSITION: Readonly<Record<string, readonly string[]>> = {
  математики: ['mathematics', 'algebra', 'geometry'],
  'казахского языка и литературы': ['kazakh_language', 'kazakh_literature'],
  'русского языка и литературы': ['russian_language', 'russian_literature'],
  'английского языка': ['english'],
  физики: ['physics'],
  химии: ['chemistry'],
  биологии: ['biology', 'natural_science'],
  географии: ['geography'],
  'истории Казахстана': ['history_kz'],
  'всемирной истории': ['world_history'],
  информатики: ['informatics'],
  'физической культуры': ['physical_education'],
  музыки: ['music'],
  'художественного труда': ['art_labour'],
  'начальных классов': ['primary'],
  самопознания: ['self_knowledge'],
  'основ права': ['law'],
  НВП: ['nvp'],
};
