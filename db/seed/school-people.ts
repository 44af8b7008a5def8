import {
  type Ethnicity,
  genderedSurname,
  patronymicOf,
  pickEthnicity,
  pickFirstName,
  pickPatronymicStyle,
  pickSurnameStem,
  randomFullName,
  type Sex,
} from './names';
import { membership, type MembershipPlan, type SeedPlan } from './plan';
import { type SeedClock, shiftYear } from './clock';
import { type Random, randomDate } from './random';
import { SUBJECTS_RU, TEACHER_CATEGORY_WEIGHTS, type TeacherCategory } from './reference-data';

/** Staff, students and parents of one institution. */

const FULL_TIME = 'основное место работы';
const CLASS_LETTERS = ['А', 'Ә', 'Б', 'В', 'Г'] as const;

type Registration = { staff: number; student: number; parent: number };
type Teacher = { index: number; sex: Sex; surname: string; name: string; birthYear: number; ethnicity: Ethnicity };

export type SchoolOptions = {
  organizationIndex: number;
  teachers: number;
  students: number;
  deputyDirectors: number;
  headsOfStudies: number;
  registration: Registration;
  /** The first school of the demo holds the `teacher` and `parent` demo accounts. */
  withDemoAccounts: boolean;
};

/** Category and attestation date of one teacher: attested within the last five years. */
function attestation(rng: Random, clock: SeedClock): { category: TeacherCategory; attestationDate: string | null } {
  const category = rng.weighted(TEACHER_CATEGORY_WEIGHTS);
  return { category, attestationDate: category === 'none' ? null : randomDate(rng, shiftYear(clock, '2021-11-29'), shiftYear(clock, '2026-11-27')) };
}

export function addSchoolPeople(plan: SeedPlan, rng: Random, options: SchoolOptions): void {
  const { people, memberships } = plan;
  const org = options.organizationIndex;
  const teachers: Teacher[] = [];

  const addAdult = (from: string, to: string, femaleShare: number, registerChance: number) => {
    const sex: Sex = rng.chance(femaleShare) ? 'female' : 'male';
    const birthDate = randomDate(rng, from, to);
    const ethnicity = pickEthnicity(rng);
    const birthYear = Number(birthDate.slice(0, 4));
    const name = randomFullName(rng, ethnicity, sex, birthYear);
    const index = people.add({ ...name, birthDate, sex, registerChance, emailChance: 0.9, phoneChance: 0.8 });
    return { index, sex, surname: name.surname, name: name.name, birthYear, ethnicity };
  };
  const staffMembership = (index: number, role: MembershipPlan['role'], position: string, extra: Partial<MembershipPlan> = {}) => {
    const grade = attestation(rng, plan.clock);
    const arrivalDate = randomDate(rng, '2000-08-25', '2025-08-30');
    memberships.push(membership(index, org, role, { position, employment: FULL_TIME, arrivalDate, ...grade, ...extra }));
    // Administrators usually teach too: a second membership as teacher with the same category.
    if (role !== 'teacher' && rng.chance(0.5)) {
      memberships.push(
        membership(index, org, 'teacher', { position: `Учитель ${rng.pick(SUBJECTS_RU)}`, employment: 'по совместительству', arrivalDate, ...grade }),
      );
    }
  };

  const director = addAdult('1964-01-01', '1985-12-31', 0.7, options.registration.staff);
  staffMembership(director.index, 'director', 'Директор');
  const deputyPositions = ['Заместитель директора по учебной работе', 'Заместитель директора по воспитательной работе', 'Заместитель директора по научно-методической работе', 'Заместитель директора по профильному обучению'];
  for (let i = 0; i < options.deputyDirectors; i++) {
    const deputy = addAdult('1968-01-01', '1990-12-31', 0.75, options.registration.staff);
    // The first deputy keeps the school's Kundelik account: the institution's admin.
    staffMembership(deputy.index, 'deputy_director', deputyPositions[i % deputyPositions.length]!, { isAdmin: i === 0 });
  }
  for (let i = 0; i < options.headsOfStudies; i++) {
    const head = addAdult('1970-01-01', '1992-12-31', 0.8, options.registration.staff);
    staffMembership(head.index, 'head_of_studies', 'Заведующий учебной частью');
  }

  if (options.withDemoAccounts) {
    const index = people.add({
      surname: 'Жұмабаева',
      name: 'Гүлнара',
      patronymic: 'Серікқызы',
      birthDate: '1986-03-21',
      sex: 'female',
      registerChance: 1,
      login: 'teacher',
      emailChance: 1,
      phoneChance: 1,
    });
    memberships.push(
      membership(index, org, 'teacher', {
        position: 'Учитель казахского языка и литературы',
        employment: FULL_TIME,
        arrivalDate: '2010-08-26',
        category: 'expert',
        attestationDate: '2022-05-17',
      }),
    );
  }
  for (let i = options.withDemoAccounts ? 1 : 0; i < options.teachers; i++) {
    const teacher = addAdult('1962-01-01', '2001-12-31', 0.82, options.registration.staff);
    teachers.push(teacher);
    staffMembership(teacher.index, 'teacher', `Учитель ${rng.pick(SUBJECTS_RU)}`);
  }

  addFamilies(plan, rng, options, teachers);
}

function addFamilies(plan: SeedPlan, rng: Random, options: SchoolOptions, teachers: Teacher[]): void {
  const { people, memberships } = plan;
  const org = options.organizationIndex;
  let studentsLeft = options.students;
  let firstFamily = true;

  while (studentsLeft > 0) {
    const demoFamily = firstFamily && options.withDemoAccounts;
    firstFamily = false;
    const size = demoFamily ? 2 : Math.min(studentsLeft, rng.weighted([[1, 3], [2, 4], [3, 2]] as const));
    studentsLeft -= size;

    // In the school year Y/Y+1 a child born in Y-7 is in grade 1, one born in Y-17 in grade 11.
    const youngest = plan.clock.schoolYear - 7;
    const eldestYear = rng.int(youngest - 10, youngest - (size - 1));
    const childYears = [eldestYear];
    for (let i = 1; i < size; i++) childYears.push(Math.min(youngest, childYears[i - 1]! + rng.int(1, 3)));

    // A few parents are teachers of the same school: one person, two roles.
    const teacherParent = !demoFamily && rng.chance(0.04) ? takeTeacherParent(teachers, eldestYear) : undefined;
    const ethnicity: Ethnicity = demoFamily ? 'russian' : (teacherParent?.ethnicity ?? pickEthnicity(rng));
    const stem = demoFamily
      ? 'Петров'
      : teacherParent
        ? teacherParent.sex === 'female'
          ? teacherParent.surname.slice(0, -1)
          : teacherParent.surname
        : pickSurnameStem(rng, ethnicity);
    const fatherName = demoFamily ? 'Андрей' : teacherParent?.sex === 'male' ? teacherParent.name : pickFirstName(rng, ethnicity, 'male');
    const style = pickPatronymicStyle(rng, ethnicity, eldestYear);

    let firstArrival = '';
    const children: number[] = [];
    const siblingNames = new Set<string>();
    for (const [i, year] of childYears.entries()) {
      const sex: Sex = demoFamily ? (i === 0 ? 'male' : 'female') : rng.chance(0.5) ? 'male' : 'female';
      let name = demoFamily ? (i === 0 ? 'Артём' : 'София') : pickFirstName(rng, ethnicity, sex);
      while (siblingNames.has(name)) name = pickFirstName(rng, ethnicity, sex);
      siblingNames.add(name);
      const birthDate = randomDate(rng, `${year}-01-01`, `${year}-12-31`);
      const index = people.add({
        surname: genderedSurname(stem, sex),
        name,
        patronymic: patronymicOf(fatherName, ethnicity, style, sex),
        birthDate,
        sex,
        registerChance: options.registration.student,
        emailChance: 0.4,
        phoneChance: 0.3,
      });
      const grade = plan.clock.schoolYear - year - 6;
      const arrivalDate = `${year + 7}-09-01`;
      if (i === 0) firstArrival = arrivalDate;
      children.push(index);
      memberships.push(membership(index, org, 'student', { position: `${grade} «${rng.pick(CLASS_LETTERS)}» класс`, arrivalDate }));
    }

    const parents: number[] = [];
    if (teacherParent) parents.push(teacherParent.index);
    else if (demoFamily) {
      parents.push(
        people.add({
          surname: 'Петров',
          name: 'Андрей',
          patronymic: 'Викторович',
          birthDate: '1981-07-30',
          sex: 'male',
          registerChance: 1,
          login: 'parent',
          emailChance: 1,
          phoneChance: 1,
        }),
      );
    } else {
      const both = rng.chance(0.1);
      const mother = both || rng.chance(0.65);
      if (mother) parents.push(addParent(plan, rng, options, ethnicity, stem, 'female', pickFirstName(rng, ethnicity, 'female'), eldestYear));
      if (both || !mother) parents.push(addParent(plan, rng, options, ethnicity, stem, 'male', fatherName, eldestYear));
    }
    for (const parent of parents) memberships.push(membership(parent, org, 'parent', { arrivalDate: firstArrival }));
    plan.families.push({ organizationIndex: org, students: children, parents });
  }
}

/** A teacher old enough to be the parent, taken out of the list: one family each. */
function takeTeacherParent(teachers: Teacher[], eldestYear: number): Teacher | undefined {
  const at = teachers.findIndex((t) => t.birthYear <= eldestYear - 22 && t.birthYear >= eldestYear - 40);
  return at < 0 ? undefined : teachers.splice(at, 1)[0];
}

function addParent(plan: SeedPlan, rng: Random, options: SchoolOptions, ethnicity: Ethnicity, stem: string, sex: Sex, name: string, eldestYear: number): number {
  const birthYear = Math.max(1966, eldestYear - rng.int(21, 38));
  const own = randomFullName(rng, ethnicity, sex, birthYear);
  return plan.people.add({
    surname: genderedSurname(stem, sex),
    name,
    patronymic: own.patronymic,
    birthDate: randomDate(rng, `${birthYear}-01-01`, `${birthYear}-12-31`),
    sex,
    registerChance: options.registration.parent,
    emailChance: 0.85,
    phoneChance: 0.95,
  });
}
