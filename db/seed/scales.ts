import { type SeedClock, seedClock } from './clock';
import { addAuthority } from './authority';
import { CITY_TYPE_WEIGHTS, InstitutionNamer, institutionPlan } from './institutions';
import { PeopleBuilder } from './people';
import type { ScaleConfig, SeedPlan } from './plan';
import { Random } from './random';
import { addSchoolPeople } from './school-people';
import { ALMATY_CITY_DISTRICTS, ALMATY_CITY_KATO, ALMATY_REGION_KATO, DEMO_MUNICIPALITIES, DEMO_OTHER_DISTRICTS } from './territories';

export type Scale = 'demo' | 'city';

const G = 'general_secondary_school';

export const SCALES: Record<Scale, ScaleConfig> = {
  // The guide's region: 24 institutions in two municipalities, about 3,500 people.
  demo: {
    authorityFullName: 'Оқу-ағарту басқармасы (тестовое)',
    authorityShortName: 'Оқу-ағарту басқармасы',
    regionKato: ALMATY_REGION_KATO,
    regionNameKk: 'Алматы облысы',
    authorityAddress: '040800, Алматы облысы, Қонаев қ., Д. Қонаев даңғылы, 40',
    municipalities: DEMO_MUNICIPALITIES,
    otherDistricts: DEMO_OTHER_DISTRICTS,
    institutionsPerMunicipality: 12,
    teachers: [18, 22],
    students: [76, 84],
    deputyDirectors: 2,
    headsOfStudies: 1,
    registration: [
      { staff: 0.92, student: 0.58, parent: 0.62 },
      { staff: 0.85, student: 0.5, parent: 0.52 },
    ],
    typeSequence: [
      G, G, 'gymnasium', G, 'lyceum', G, G, 'special_correctional_school', G, 'gifted_school', 'music_school', G,
      G, G, G, 'gymnasium', G, 'small_class_school', G, 'lyceum', G, 'orphans_boarding_school', G, 'sports_school',
    ],
    // Talgar's small-class school and one general school are branches.
    branchIndexes: [16, 17],
  },
  // Almaty city: about 200 schools of about 1,500 people each.
  city: {
    authorityFullName: 'Управление образования города Алматы (тестовое)',
    authorityShortName: 'Управление образования г. Алматы',
    regionKato: ALMATY_CITY_KATO,
    regionNameKk: 'Алматы қаласы',
    authorityAddress: '050000, Алматы қ., Абылай хан даңғылы, 91',
    municipalities: ALMATY_CITY_DISTRICTS,
    otherDistricts: [],
    institutionsPerMunicipality: 25,
    teachers: [105, 120],
    students: [900, 960],
    deputyDirectors: 3,
    headsOfStudies: 2,
    registration: [
      { staff: 0.9, student: 0.62, parent: 0.64 },
      { staff: 0.85, student: 0.56, parent: 0.58 },
    ],
    typeSequence: null,
    branchIndexes: [],
  },
};

export function buildPlan(scale: Scale, clock: SeedClock = seedClock()): SeedPlan {
  const config = SCALES[scale];
  const rng = new Random(scale === 'demo' ? 20_250_901 : 20_250_902);
  const plan: SeedPlan = { config, clock, organizations: [], memberships: [], units: [], families: [], people: new PeopleBuilder(rng, clock.now) };
  addAuthority(plan, rng);

  const namer = new InstitutionNamer();
  let sequence = 0;
  for (const [m, municipality] of config.municipalities.entries()) {
    for (let i = 0; i < config.institutionsPerMunicipality; i++, sequence++) {
      const typeCode = config.typeSequence ? config.typeSequence[sequence]! : rng.weighted(CITY_TYPE_WEIGHTS);
      const branch = config.typeSequence ? config.branchIndexes.includes(sequence) : rng.chance(0.02);
      const organizationIndex = plan.organizations.length;
      plan.organizations.push(
        institutionPlan({ rng, namer, typeCode, branch, municipality, regionNameKk: config.regionNameKk, parentIndex: 0, complete: sequence === 0 }),
      );
      addSchoolPeople(plan, rng, {
        organizationIndex,
        teachers: rng.int(...config.teachers),
        students: rng.int(...config.students),
        deputyDirectors: config.deputyDirectors,
        headsOfStudies: config.headsOfStudies,
        registration: config.registration[m % config.registration.length]!,
        withDemoAccounts: sequence === 0,
      });
    }
  }
  return plan;
}
