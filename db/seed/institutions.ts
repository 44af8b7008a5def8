import { localNumber } from './authority';
import { toLatin } from './names';
import type { InstructionLanguage } from '../../lib/organizations/register/schemas';
import type { OrganizationPlan } from './plan';
import { type Random, randomDate } from './random';
import { INSTITUTION_TYPES } from '../reference-data';
import { type MunicipalitySeed, STREETS } from './territories';

/** Names, addresses and certificates of subordinate institutions. */

type NameForms = { kk: (n: number) => string; ru: (n: number) => string; mail: string };

const NAMES: Record<string, NameForms> = {
  general_secondary_school: {
    kk: (n) => `№${n} жалпы орта білім беретін мектеп`,
    ru: (n) => `Общеобразовательная школа №${n}`,
    mail: 'school',
  },
  gymnasium: { kk: (n) => `№${n} гимназия`, ru: (n) => `Гимназия №${n}`, mail: 'gymnasium' },
  lyceum: { kk: (n) => `№${n} мектеп-лицей`, ru: (n) => `Школа-лицей №${n}`, mail: 'lyceum' },
  small_class_school: { kk: (n) => `№${n} шағын жинақты мектеп`, ru: (n) => `Малокомплектная школа №${n}`, mail: 'school' },
  special_correctional_school: {
    kk: (n) => `№${n} арнайы (түзету) мектеп`,
    ru: (n) => `Специальная (коррекционная) школа №${n}`,
    mail: 'special',
  },
  special_boarding_school: { kk: (n) => `№${n} арнайы мектеп-интернат`, ru: (n) => `Специальная школа-интернат №${n}`, mail: 'special' },
  gifted_school: {
    kk: (n) => `Дарынды балаларға арналған №${n} мамандандырылған мектеп-лицей`,
    ru: (n) => `Специализированная школа-лицей для одарённых детей №${n}`,
    mail: 'dostar',
  },
  orphans_boarding_school: {
    kk: (n) => `Жетім балаларға арналған №${n} мектеп-интернат`,
    ru: (n) => `Школа-интернат для детей-сирот №${n}`,
    mail: 'internat',
  },
  childrens_village: { kk: (n) => `№${n} балалар ауылы`, ru: (n) => `Детская деревня семейного типа №${n}`, mail: 'village' },
  college: { kk: (n) => `№${n} колледж`, ru: (n) => `Колледж №${n}`, mail: 'college' },
  higher_college: { kk: (n) => `№${n} жоғары колледж`, ru: (n) => `Высший колледж №${n}`, mail: 'college' },
  music_school: { kk: (n) => `№${n} балалар музыка мектебі`, ru: (n) => `Детская музыкальная школа №${n}`, mail: 'music' },
  art_school: { kk: (n) => `№${n} балалар көркемсурет мектебі`, ru: (n) => `Детская художественная школа №${n}`, mail: 'art' },
  sports_school: {
    kk: (n) => `№${n} балалар-жасөспірімдер спорт мектебі`,
    ru: (n) => `Детско-юношеская спортивная школа №${n}`,
    mail: 'dussh',
  },
  house_of_schoolchildren: { kk: (n) => `№${n} оқушылар үйі`, ru: (n) => `Дом школьников №${n}`, mail: 'dom' },
};

/** City scale: the mix of a big city's network, mostly general secondary schools. */
export const CITY_TYPE_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ['general_secondary_school', 70],
  ['gymnasium', 10],
  ['lyceum', 7],
  ['special_correctional_school', 3],
  ['gifted_school', 2],
  ['orphans_boarding_school', 1],
  ['music_school', 2],
  ['art_school', 1],
  ['sports_school', 3],
  ['house_of_schoolchildren', 1],
];

const LANGUAGES = ['казахский', 'русский', 'казахский и русский'] as const;
const LANGUAGES_KK: Record<(typeof LANGUAGES)[number], string> = { казахский: 'қазақ', русский: 'орыс', 'казахский и русский': 'қазақ және орыс' };
/** The same languages as the register's field holds them (lib/organizations/register/schemas.ts), so the description and the register agree. */
const LANGUAGE_CODES: Record<(typeof LANGUAGES)[number], InstructionLanguage[]> = { казахский: ['kk'], русский: ['ru'], 'казахский и русский': ['kk', 'ru'] };

/** The institution's description in the language of its name. */
function describe(kazakh: boolean, type: { nameKk: string; nameRu: string }, language: (typeof LANGUAGES)[number], twoShifts: boolean): string {
  if (kazakh) return `${type.nameKk}. Оқыту тілі: ${LANGUAGES_KK[language]}. ${twoShifts ? 'Екі ауысымда оқытылады.' : 'Бір ауысымда оқытылады.'}`;
  return `${type.nameRu}. Язык обучения: ${language}. ${twoShifts ? 'Обучение в две смены.' : 'Обучение в одну смену.'}`;
}

/** Numbers run per kind of name so that no two institutions share one. */
export class InstitutionNamer {
  private readonly next = new Map<string, number>();

  number(rng: Random, typeCode: string): number {
    const key = NAMES[typeCode]!.mail;
    const current = this.next.get(key) ?? 0;
    const value = current + (key === 'school' ? rng.int(1, 3) : 1);
    this.next.set(key, value);
    return value;
  }
}

export function institutionPlan(options: {
  rng: Random;
  namer: InstitutionNamer;
  typeCode: string;
  branch: boolean;
  municipality: MunicipalitySeed;
  regionNameKk: string;
  parentIndex: number;
  /** The first school of the demo: every field filled, Kazakh name. */
  complete: boolean;
}): OrganizationPlan {
  const { rng, typeCode, municipality } = options;
  const forms = NAMES[typeCode];
  const type = INSTITUTION_TYPES.find((t) => t.code === typeCode);
  if (!forms || !type) throw new Error(`Unknown institution type ${typeCode}`);
  const n = options.namer.number(rng, typeCode);
  const kazakhName = options.complete || rng.chance(0.6);
  let fullName = kazakhName ? forms.kk(n) : forms.ru(n);
  if (options.branch) fullName = kazakhName ? `${fullName} филиалы` : `${fullName} (филиал)`;
  // One name per institution, in one language: a long Russian name is shortened with the Russian
  // type name; a Kazakh name stays whole (a Russian short form made one school two names).
  const shortName = !kazakhName && fullName.length > 40 ? `${type.nameRu} №${n}` : fullName;

  const locality = rng.pick(municipality.localities);
  const address = `${municipality.postcode}, ${options.regionNameKk}, ${locality}, ${rng.pick(STREETS)}, ${rng.int(1, 160)}`;
  const slug = toLatin(municipality.nameEn.split(' ')[0]!);
  const email = `${forms.mail}${n}.${slug}@edu.kz`;
  const phones = Array.from({ length: rng.int(1, 2) }, () => `8 (${municipality.phoneCode}) ${localNumber(rng, municipality.phoneCode)}`).join(', ');

  const issued = randomDate(rng, '2012-01-01', '2024-12-31').split('-').reverse().join('.');
  const licenceInfo =
    options.complete || rng.chance(0.85)
      ? `Лицензия на занятие образовательной деятельностью № KZ${rng.int(10, 99)}LAA${String(rng.int(0, 99_999_999)).padStart(8, '0')} от ${issued}`
      : '';
  const accredited = randomDate(rng, '2016-01-01', '2025-06-30').split('-').reverse().join('.');
  const accreditationInfo =
    options.complete || rng.chance(0.8)
      ? `Свидетельство о государственной аккредитации № ${String(rng.int(1, 999_999)).padStart(7, '0')} от ${accredited}`
      : '';

  // Drawn here, in the order the description drew them, so every later draw (and the demo) is unchanged.
  const language = rng.pick(LANGUAGES);
  const twoShifts = rng.chance(0.6);
  return {
    kind: 'institution',
    fullName,
    shortName,
    description: describe(kazakhName, type, language, twoShifts),
    languages: LANGUAGE_CODES[language],
    institutionTypeCode: typeCode,
    organizationalStructure: options.branch ? 'branch' : 'independent',
    territoryKato: municipality.katoCode,
    jurisdictionKato: null,
    parentIndex: options.parentIndex,
    legalAddress: address,
    actualAddress: options.branch ? `${municipality.postcode}, ${options.regionNameKk}, ${rng.pick(municipality.localities)}, ${rng.pick(STREETS)}, ${rng.int(1, 160)}` : address,
    phones,
    fax: rng.chance(0.3) ? `8 (${municipality.phoneCode}) ${localNumber(rng, municipality.phoneCode)}` : '',
    email,
    website: rng.chance(0.6) ? `${forms.mail}${n}-${slug}.edu.kz` : '',
    licenceInfo,
    accreditationInfo,
  };
}
