/** Kazakhstan's regions and the municipalities the demo uses, with KATO-like 9-digit codes. */

export type TerritorySeed = { katoCode: string; nameKk: string; nameRu: string; nameEn: string };
export type MunicipalitySeed = TerritorySeed & {
  level: 'city' | 'district';
  /** Places for addresses: the town itself or the villages of a district. */
  localities: readonly string[];
  postcode: string;
  /** Phone area code, e.g. "72772". */
  phoneCode: string;
  /** Russian genitive used in a department's name, e.g. "Талгарского района". */
  departmentName: string;
};

export const COUNTRY: TerritorySeed = { katoCode: '000000000', nameKk: 'Қазақстан', nameRu: 'Казахстан', nameEn: 'Kazakhstan' };

/** The 17 regions and the 3 cities of republican significance (level "region"). */
export const REGIONS: readonly TerritorySeed[] = [
  { katoCode: '100000000', nameKk: 'Абай облысы', nameRu: 'Абайская область', nameEn: 'Abai Region' },
  { katoCode: '110000000', nameKk: 'Ақмола облысы', nameRu: 'Акмолинская область', nameEn: 'Akmola Region' },
  { katoCode: '150000000', nameKk: 'Ақтөбе облысы', nameRu: 'Актюбинская область', nameEn: 'Aktobe Region' },
  { katoCode: '190000000', nameKk: 'Алматы облысы', nameRu: 'Алматинская область', nameEn: 'Almaty Region' },
  { katoCode: '230000000', nameKk: 'Атырау облысы', nameRu: 'Атырауская область', nameEn: 'Atyrau Region' },
  { katoCode: '270000000', nameKk: 'Батыс Қазақстан облысы', nameRu: 'Западно-Казахстанская область', nameEn: 'West Kazakhstan Region' },
  { katoCode: '310000000', nameKk: 'Жамбыл облысы', nameRu: 'Жамбылская область', nameEn: 'Jambyl Region' },
  { katoCode: '330000000', nameKk: 'Жетісу облысы', nameRu: 'Область Жетісу', nameEn: 'Jetisu Region' },
  { katoCode: '350000000', nameKk: 'Қарағанды облысы', nameRu: 'Карагандинская область', nameEn: 'Karaganda Region' },
  { katoCode: '390000000', nameKk: 'Қостанай облысы', nameRu: 'Костанайская область', nameEn: 'Kostanay Region' },
  { katoCode: '430000000', nameKk: 'Қызылорда облысы', nameRu: 'Кызылординская область', nameEn: 'Kyzylorda Region' },
  { katoCode: '470000000', nameKk: 'Маңғыстау облысы', nameRu: 'Мангистауская область', nameEn: 'Mangystau Region' },
  { katoCode: '550000000', nameKk: 'Павлодар облысы', nameRu: 'Павлодарская область', nameEn: 'Pavlodar Region' },
  { katoCode: '590000000', nameKk: 'Солтүстік Қазақстан облысы', nameRu: 'Северо-Казахстанская область', nameEn: 'North Kazakhstan Region' },
  { katoCode: '610000000', nameKk: 'Түркістан облысы', nameRu: 'Туркестанская область', nameEn: 'Turkistan Region' },
  { katoCode: '620000000', nameKk: 'Ұлытау облысы', nameRu: 'Область Ұлытау', nameEn: 'Ulytau Region' },
  { katoCode: '630000000', nameKk: 'Шығыс Қазақстан облысы', nameRu: 'Восточно-Казахстанская область', nameEn: 'East Kazakhstan Region' },
  { katoCode: '710000000', nameKk: 'Астана қаласы', nameRu: 'город Астана', nameEn: 'Astana' },
  { katoCode: '750000000', nameKk: 'Алматы қаласы', nameRu: 'город Алматы', nameEn: 'Almaty' },
  { katoCode: '790000000', nameKk: 'Шымкент қаласы', nameRu: 'город Шымкент', nameEn: 'Shymkent' },
];

export const ALMATY_REGION_KATO = '190000000';
export const ALMATY_CITY_KATO = '750000000';

/** Demo scale: the two municipalities of Almaty region that hold the institutions. */
export const DEMO_MUNICIPALITIES: readonly MunicipalitySeed[] = [
  {
    katoCode: '191610000',
    level: 'city',
    nameKk: 'Қонаев қаласы',
    nameRu: 'город Конаев',
    nameEn: 'Konaev city',
    localities: ['Қонаев қ.'],
    postcode: '040800',
    phoneCode: '72772',
    departmentName: 'Городской отдел образования г. Конаев',
  },
  {
    katoCode: '196200000',
    level: 'district',
    nameKk: 'Талғар ауданы',
    nameRu: 'Талгарский район',
    nameEn: 'Talgar District',
    localities: ['Талғар қ.', 'Бесағаш а.', 'Қызылқайрат а.', 'Панфилов а.', 'Тұздыбастау а.', 'Белбұлақ а.'],
    postcode: '041600',
    phoneCode: '72774',
    departmentName: 'Районный отдел образования Талгарского района',
  },
];

/** Further districts of Almaty region, without institutions (territory filters show them). */
export const DEMO_OTHER_DISTRICTS: readonly TerritorySeed[] = [
  { katoCode: '193200000', nameKk: 'Балқаш ауданы', nameRu: 'Балхашский район', nameEn: 'Balkhash District' },
  { katoCode: '194000000', nameKk: 'Еңбекшіқазақ ауданы', nameRu: 'Енбекшиказахский район', nameEn: 'Enbekshikazakh District' },
  { katoCode: '194200000', nameKk: 'Жамбыл ауданы', nameRu: 'Жамбылский район', nameEn: 'Zhambyl District' },
  { katoCode: '195600000', nameKk: 'Іле ауданы', nameRu: 'Илийский район', nameEn: 'Ile District' },
  { katoCode: '195200000', nameKk: 'Қарасай ауданы', nameRu: 'Карасайский район', nameEn: 'Karasai District' },
  { katoCode: '195000000', nameKk: 'Кеген ауданы', nameRu: 'Кегенский район', nameEn: 'Kegen District' },
];

function almatyDistrict(katoCode: string, nameKk: string, nameRu: string, nameEn: string, genitiveRu: string): MunicipalitySeed {
  return {
    katoCode,
    level: 'district',
    nameKk,
    nameRu,
    nameEn,
    localities: ['Алматы қ.'],
    postcode: '050000',
    phoneCode: '727',
    departmentName: `Отдел образования ${genitiveRu} района г. Алматы`,
  };
}

/** City scale: Almaty's eight districts. */
export const ALMATY_CITY_DISTRICTS: readonly MunicipalitySeed[] = [
  almatyDistrict('751210000', 'Алатау ауданы', 'Алатауский район', 'Alatau District', 'Алатауского'),
  almatyDistrict('751310000', 'Алмалы ауданы', 'Алмалинский район', 'Almaly District', 'Алмалинского'),
  almatyDistrict('751410000', 'Әуезов ауданы', 'Ауэзовский район', 'Auezov District', 'Ауэзовского'),
  almatyDistrict('751510000', 'Бостандық ауданы', 'Бостандыкский район', 'Bostandyk District', 'Бостандыкского'),
  almatyDistrict('751610000', 'Жетісу ауданы', 'Жетысуский район', 'Zhetysu District', 'Жетысуского'),
  almatyDistrict('751710000', 'Медеу ауданы', 'Медеуский район', 'Medeu District', 'Медеуского'),
  almatyDistrict('751810000', 'Наурызбай ауданы', 'Наурызбайский район', 'Nauryzbay District', 'Наурызбайского'),
  almatyDistrict('751910000', 'Түрксіб ауданы', 'Турксибский район', 'Turksib District', 'Турксибского'),
];

export const STREETS = [
  'Абай көшесі', 'Жамбыл көшесі', 'Төле би көшесі', 'Қонаев көшесі', 'Бейбітшілік көшесі', 'Тәуелсіздік көшесі',
  'Достық даңғылы', 'Сәтбаев көшесі', 'Райымбек даңғылы', 'Әл-Фараби көшесі', 'Желтоқсан көшесі', 'Байтұрсынұлы көшесі',
  'Назарбаев даңғылы', 'Әуезов көшесі', 'Құрманғазы көшесі', 'Гагарин көшесі', 'Амангелді көшесі', 'Шевченко көшесі',
] as const;
