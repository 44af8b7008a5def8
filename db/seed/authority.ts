import { randomFullName, type Sex } from './names';
import { membership, type SeedPlan } from './plan';
import { randomDate, type Random } from './random';

/** The guide's authority: its leaders, staff, structural unit and the district departments. */

const LEADER_POSITION = 'Начальник Управления образования Тестового района';
const DEPUTY_POSITION = 'Заместитель начальника Управления образования Тестового района';
const UNIT_NAME = 'Отдел воспитательной работы и соц. поддержки';
const UNIT_INFO = 'Работа отдела направлена на обработку обращений граждан для соц. поддержки.\nГрафик работы: пн-пт с 09.00 до 18.00';

const AUTHORITY_DESCRIPTION_RU =
  'Управление образования — местный исполнительный орган, который руководит сетью организаций образования ' +
  'региона: обеспечивает доступность качественного среднего и дополнительного образования, проводит ' +
  'аттестацию педагогов, следит за соблюдением государственных общеобязательных стандартов образования, ' +
  'поддерживает детей из социально уязвимых семей и принимает обращения граждан. Учебная (тестовая) ' +
  'организация системы «Күнделік».';

/** The same in Kazakh, for an authority named in Kazakh (the demo's): its texts are in its name's language. */
const AUTHORITY_DESCRIPTION_KK =
  'Оқу-ағарту басқармасы — өңірдегі білім беру ұйымдарының желісін басқаратын жергілікті атқарушы орган: ' +
  'сапалы орта және қосымша білім берудің қолжетімділігін қамтамасыз етеді, педагогтарды аттестаттаудан ' +
  'өткізеді, мемлекеттік жалпыға міндетті білім беру стандарттарының сақталуын қадағалайды, әлеуметтік ' +
  'осал отбасылардың балаларын қолдайды және азаматтардың өтініштерін қабылдайды. «Күнделік» жүйесінің ' +
  'оқу (тестілік) ұйымы.';

/** Kazakh-only letters: a text with any of them is Kazakh. */
export const isKazakhText = (text: string) => /[ӘәҒғҚқҢңӨөҰұҮүҺһІі]/.test(text);

/** Further staff of the authority: position and the extra rights they hold. */
const EMPLOYEE_POSITIONS: ReadonlyArray<{ position: string; isModerator?: boolean; isEditor?: boolean }> = [
  { position: 'Главный специалист по дошкольному и среднему образованию' },
  { position: 'Методист', isModerator: true },
  { position: 'Пресс-секретарь', isEditor: true },
  { position: 'Главный бухгалтер' },
  { position: 'Юрист' },
  { position: 'Специалист по кадрам' },
  { position: 'Ведущий специалист по аттестации педагогов' },
  { position: 'Специалист по опеке и попечительству' },
];

const FULL_TIME = 'основное место работы';

export function addAuthority(plan: SeedPlan, rng: Random): void {
  const { config, organizations, memberships, people } = plan;
  const authorityIndex = organizations.length;
  organizations.push({
    kind: 'authority',
    fullName: config.authorityFullName,
    shortName: config.authorityShortName,
    description: isKazakhText(config.authorityFullName) ? AUTHORITY_DESCRIPTION_KK : AUTHORITY_DESCRIPTION_RU,
    institutionTypeCode: null,
    organizationalStructure: 'independent',
    territoryKato: config.regionKato,
    jurisdictionKato: config.regionKato,
    parentIndex: null,
    legalAddress: config.authorityAddress,
    actualAddress: `${config.authorityAddress}, 3-қабат`,
    phones: '8-727-313-18-32',
    fax: '8-727-313-18-33',
    email: 'team@kundelik.kz',
    website: 'kundelik.kz',
    licenceInfo: '',
    accreditationInfo: '',
    languages: [],
  });

  const fixed = (surname: string, name: string, patronymic: string | null, birthDate: string, sex: Sex, login?: string) =>
    people.add({ surname, name, patronymic, birthDate, sex, registerChance: 1, login, emailChance: 1, phoneChance: 1 });

  const leader = fixed('Искандерова', 'Алия', null, '1971-04-18', 'female');
  const deputy1 = fixed('Мухамадиева', 'Айгерим', 'Айбарбековна', '1980-09-02', 'female');
  const deputy2 = fixed('Ибатулданова', 'Керим', null, '1978-12-09', 'female');
  memberships.push(
    membership(leader, authorityIndex, 'leader', { position: LEADER_POSITION, employment: FULL_TIME, arrivalDate: '2018-08-15' }),
    membership(deputy1, authorityIndex, 'deputy', { position: DEPUTY_POSITION, employment: FULL_TIME, arrivalDate: '2019-01-10' }),
    membership(deputy2, authorityIndex, 'deputy', { position: DEPUTY_POSITION, employment: FULL_TIME, arrivalDate: '2020-09-01' }),
  );

  // The guide's signed-in user is "Омарханова А.С. Қызметкер": she is the demo admin.
  const unitHead = fixed('Омарханова', 'Ақжанай', 'Сериковна', '1983-06-11', 'female', 'admin');
  memberships.push(
    membership(unitHead, authorityIndex, 'employee', {
      position: `Руководитель: ${UNIT_NAME}`,
      employment: FULL_TIME,
      arrivalDate: '2017-09-01',
      isAdmin: true,
      isModerator: true,
      isEditor: true,
    }),
  );
  const staff = fixed('Сәрсенбаева', 'Динара', 'Маратовна', '1990-02-14', 'female', 'staff');
  memberships.push(
    membership(staff, authorityIndex, 'employee', { position: 'Главный специалист', employment: FULL_TIME, arrivalDate: '2021-03-01' }),
  );

  const employees: number[] = [];
  for (const entry of EMPLOYEE_POSITIONS) {
    const sex: Sex = rng.chance(0.7) ? 'female' : 'male';
    const birthDate = randomDate(rng, '1966-01-01', '1997-12-31');
    const name = randomFullName(rng, rng.chance(0.75) ? 'kazakh' : 'russian', sex, Number(birthDate.slice(0, 4)));
    const person = people.add({ ...name, birthDate, sex, registerChance: 0.9, emailChance: 0.95, phoneChance: 0.9 });
    employees.push(person);
    memberships.push(
      membership(person, authorityIndex, 'employee', {
        position: entry.position,
        employment: FULL_TIME,
        arrivalDate: randomDate(rng, '2010-09-01', '2025-06-30'),
        isModerator: entry.isModerator ?? false,
        isEditor: entry.isEditor ?? false,
      }),
    );
  }

  plan.units.push({
    organizationIndex: authorityIndex,
    name: UNIT_NAME,
    headPersonIndex: unitHead,
    info: UNIT_INFO,
    members: [
      { personIndex: deputy1, note: 'ведущий специалист' },
      { personIndex: deputy2, note: 'ведущий специалист' },
      { personIndex: employees[7]!, note: 'специалист по опеке и попечительству' },
    ],
  });

  for (const municipality of config.municipalities) addDistrictDepartment(plan, rng, authorityIndex, municipality.katoCode, municipality.departmentName, municipality.phoneCode);
}

function addDistrictDepartment(plan: SeedPlan, rng: Random, authorityIndex: number, territoryKato: string, fullName: string, phoneCode: string): void {
  const index = plan.organizations.length;
  const shortName = fullName
    .replace('Городской отдел образования', 'ГОО')
    .replace('Районный отдел образования', 'РОО')
    .replace('Отдел образования', 'ОО');
  plan.organizations.push({
    kind: 'authority',
    fullName,
    shortName,
    description: `${fullName} — структурное подразделение местного исполнительного органа, курирующее школы и организации дополнительного образования.`,
    institutionTypeCode: null,
    organizationalStructure: 'independent',
    territoryKato,
    // The department oversees the schools of its district, which hang under the top authority.
    jurisdictionKato: territoryKato,
    parentIndex: authorityIndex,
    legalAddress: '',
    actualAddress: '',
    phones: `8 (${phoneCode}) ${localNumber(rng, phoneCode)}`,
    fax: '',
    email: `roo.${territoryKato}@edu.kz`,
    website: '',
    licenceInfo: '',
    accreditationInfo: '',
    languages: [],
  });
  const roles = [
    { role: 'leader' as const, position: 'Руководитель отдела образования', isAdmin: false },
    { role: 'deputy' as const, position: 'Заместитель руководителя отдела образования', isAdmin: false },
    { role: 'employee' as const, position: 'Главный специалист (администратор)', isAdmin: true },
  ];
  for (const { role, position, isAdmin } of roles) {
    const sex: Sex = rng.chance(0.6) ? 'female' : 'male';
    const birthDate = randomDate(rng, '1965-01-01', '1992-12-31');
    const name = randomFullName(rng, rng.chance(0.75) ? 'kazakh' : 'russian', sex, Number(birthDate.slice(0, 4)));
    const person = plan.people.add({ ...name, birthDate, sex, registerChance: 0.95, emailChance: 0.95, phoneChance: 0.9 });
    plan.memberships.push(
      membership(person, index, role, { position, employment: FULL_TIME, arrivalDate: randomDate(rng, '2012-09-01', '2024-09-01'), isAdmin }),
    );
  }
}

/** A local phone number that fills the ten digits after the area code: "4-12-35", "261-34-57". */
export function localNumber(rng: Random, phoneCode: string): string {
  const pair = () => String(rng.int(0, 99)).padStart(2, '0');
  const head = 10 - phoneCode.length - 4;
  const first = head === 1 ? String(rng.int(2, 7)) : String(rng.int(2, 3)) + String(rng.int(0, 99)).padStart(head - 1, '0');
  return `${first}-${pair()}-${pair()}`;
}
