import type { Random } from './random';

export type Sex = 'male' | 'female';
export type Ethnicity = 'kazakh' | 'russian';
/** How a family writes patronymics: Russian style (-ович / -овна) or Kazakh (-ұлы / -қызы). */
export type PatronymicStyle = 'russian' | 'kazakh';

export type FullName = { surname: string; name: string; patronymic: string | null };

const KAZAKH_MALE = [
  'Айдар', 'Арман', 'Асхат', 'Ержан', 'Нұрлан', 'Серік', 'Бауыржан', 'Дәурен', 'Ерлан', 'Қайрат',
  'Мұрат', 'Талғат', 'Азамат', 'Данияр', 'Ербол', 'Жандос', 'Әлихан', 'Нұрсұлтан', 'Темірлан', 'Санжар',
  'Ислам', 'Рүстем', 'Ернар', 'Мирас', 'Диас', 'Бекзат', 'Айбек', 'Нұрболат', 'Ғалым', 'Марат',
  'Бағдат', 'Самат', 'Бекжан', 'Әділ', 'Дархан', 'Еркебұлан', 'Жасұлан', 'Олжас', 'Болат', 'Асқар',
  'Бақыт', 'Жанат', 'Қанат', 'Ерасыл', 'Алдияр', 'Нұрдәулет', 'Ақжол', 'Батыр',
] as const;

const KAZAKH_FEMALE = [
  'Айгерім', 'Айгүл', 'Гүлнара', 'Динара', 'Жанар', 'Әсел', 'Мадина', 'Аружан', 'Ақбота', 'Балжан',
  'Гүлмира', 'Назгүл', 'Сәуле', 'Салтанат', 'Жұлдыз', 'Томирис', 'Аяулым', 'Іңкәр', 'Камила', 'Дана',
  'Ақерке', 'Жансая', 'Мөлдір', 'Райхан', 'Сымбат', 'Нұрай', 'Дариға', 'Ләззат', 'Айнұр', 'Бибігүл',
  'Мейрамгүл', 'Шынар', 'Алия', 'Гаухар', 'Ботагөз', 'Зарина', 'Ұлжан', 'Меруерт', 'Перизат', 'Әлия',
] as const;

/** Stems; the male surname adds -ов/-ев/-ин already in the stem, the female one adds -а. */
const KAZAKH_SURNAMES = [
  'Абдрахманов', 'Ахметов', 'Бекмаханов', 'Жақсыбеков', 'Нұрланов', 'Сәрсенбаев', 'Тоқтаров', 'Омарханов',
  'Искандеров', 'Қасымов', 'Байжанов', 'Әбенов', 'Есенов', 'Жұмабаев', 'Исабаев', 'Кенжебаев',
  'Мұқанов', 'Нұрпейісов', 'Оспанов', 'Рақымжанов', 'Сейітов', 'Тұрсынов', 'Шәріпов', 'Ыбыраев',
  'Әлиев', 'Бейсенов', 'Дүйсенов', 'Ермеков', 'Жанұзақов', 'Қожахметов', 'Құдайбергенов', 'Маратов',
  'Сұлтанов', 'Тәжібаев', 'Үсенов', 'Серікбаев', 'Мамыров', 'Жолдасбеков', 'Ақылбеков', 'Төлеуов',
  'Бектұров', 'Смағұлов', 'Иманғалиев', 'Садықов', 'Әубәкіров', 'Нұрмағамбетов', 'Байтұрсынов', 'Мусин',
  'Ғабдуллин', 'Сейфуллин', 'Шәкенов', 'Қалиев',
] as const;

const RUSSIAN_MALE = [
  'Александр', 'Дмитрий', 'Сергей', 'Андрей', 'Алексей', 'Максим', 'Иван', 'Артём', 'Николай', 'Владимир',
  'Павел', 'Евгений', 'Михаил', 'Денис', 'Игорь', 'Олег', 'Виктор', 'Константин', 'Роман', 'Юрий',
  'Кирилл', 'Илья', 'Никита', 'Тимофей', 'Вадим', 'Анатолий',
] as const;

const RUSSIAN_FEMALE = [
  'Анна', 'Елена', 'Ольга', 'Наталья', 'Татьяна', 'Ирина', 'Светлана', 'Екатерина', 'Мария', 'Юлия',
  'Анастасия', 'Дарья', 'Валентина', 'Людмила', 'Галина', 'Марина', 'Ксения', 'Полина', 'Виктория', 'Алина',
  'София', 'Вероника', 'Оксана', 'Надежда',
] as const;

const RUSSIAN_SURNAMES = [
  'Иванов', 'Смирнов', 'Кузнецов', 'Попов', 'Васильев', 'Петров', 'Соколов', 'Михайлов', 'Новиков', 'Фёдоров',
  'Морозов', 'Волков', 'Алексеев', 'Лебедев', 'Семёнов', 'Егоров', 'Павлов', 'Козлов', 'Степанов', 'Николаев',
  'Орлов', 'Андреев', 'Макаров', 'Никитин', 'Захаров', 'Зайцев', 'Соловьёв', 'Борисов', 'Яковлев', 'Григорьев',
  'Романов', 'Воробьёв', 'Сергеев', 'Кузьмин', 'Фролов', 'Александров', 'Дмитриев', 'Королёв', 'Гусев', 'Киселёв',
  'Ильин', 'Максимов', 'Поляков', 'Сорокин', 'Виноградов', 'Ковалёв', 'Белов', 'Медведев', 'Антонов', 'Тарасов',
] as const;

/** Russian patronymics of the male names above: [male, female]. */
const RUSSIAN_PATRONYMICS: Record<string, readonly [string, string]> = {
  Александр: ['Александрович', 'Александровна'], Дмитрий: ['Дмитриевич', 'Дмитриевна'],
  Сергей: ['Сергеевич', 'Сергеевна'], Андрей: ['Андреевич', 'Андреевна'], Алексей: ['Алексеевич', 'Алексеевна'],
  Максим: ['Максимович', 'Максимовна'], Иван: ['Иванович', 'Ивановна'], Артём: ['Артёмович', 'Артёмовна'],
  Николай: ['Николаевич', 'Николаевна'], Владимир: ['Владимирович', 'Владимировна'], Павел: ['Павлович', 'Павловна'],
  Евгений: ['Евгеньевич', 'Евгеньевна'], Михаил: ['Михайлович', 'Михайловна'], Денис: ['Денисович', 'Денисовна'],
  Игорь: ['Игоревич', 'Игоревна'], Олег: ['Олегович', 'Олеговна'], Виктор: ['Викторович', 'Викторовна'],
  Константин: ['Константинович', 'Константиновна'], Роман: ['Романович', 'Романовна'], Юрий: ['Юрьевич', 'Юрьевна'],
  Кирилл: ['Кириллович', 'Кирилловна'], Илья: ['Ильич', 'Ильинична'], Никита: ['Никитич', 'Никитична'],
  Тимофей: ['Тимофеевич', 'Тимофеевна'], Вадим: ['Вадимович', 'Вадимовна'], Анатолий: ['Анатольевич', 'Анатольевна'],
};

const KAZAKH_TO_RUSSIAN: Record<string, string> = { ә: 'а', і: 'и', ө: 'о', ү: 'у', ұ: 'у', қ: 'к', ғ: 'г', ң: 'н', һ: 'х' };

/** "Серік" → "Серик": Kazakh letters written the Russian way, as in a Russian-style patronymic. */
export function toRussianSpelling(word: string): string {
  return word.replace(/[әіөүұқғңһ]/g, (c) => KAZAKH_TO_RUSSIAN[c]!);
}

/** The patronymic a child of a father with this first name gets. */
export function patronymicOf(fatherName: string, ethnicity: Ethnicity, style: PatronymicStyle, sex: Sex): string {
  if (ethnicity === 'russian') {
    const forms = RUSSIAN_PATRONYMICS[fatherName];
    if (forms) return sex === 'male' ? forms[0] : forms[1];
  }
  if (style === 'kazakh') return `${fatherName}${sex === 'male' ? 'ұлы' : 'қызы'}`;
  const stem = toRussianSpelling(fatherName);
  return `${stem}${sex === 'male' ? 'ович' : 'овна'}`;
}

/** A surname stem (male form) in the form for this sex: Петров → Петрова, Мусин → Мусина. */
export function genderedSurname(maleSurname: string, sex: Sex): string {
  return sex === 'male' ? maleSurname : `${maleSurname}а`;
}

export function pickFirstName(rng: Random, ethnicity: Ethnicity, sex: Sex): string {
  if (ethnicity === 'kazakh') return rng.pick(sex === 'male' ? KAZAKH_MALE : KAZAKH_FEMALE);
  return rng.pick(sex === 'male' ? RUSSIAN_MALE : RUSSIAN_FEMALE);
}

export function pickSurnameStem(rng: Random, ethnicity: Ethnicity): string {
  return rng.pick(ethnicity === 'kazakh' ? KAZAKH_SURNAMES : RUSSIAN_SURNAMES);
}

export function pickEthnicity(rng: Random): Ethnicity {
  return rng.chance(0.7) ? 'kazakh' : 'russian';
}

export function pickPatronymicStyle(rng: Random, ethnicity: Ethnicity, birthYear: number): PatronymicStyle {
  if (ethnicity === 'russian') return 'russian';
  // Kazakh-style patronymics are far more common among children born after independence.
  return rng.chance(birthYear >= 2005 ? 0.45 : 0.15) ? 'kazakh' : 'russian';
}

/** A whole name for an adult: about one in twelve has no patronymic. */
export function randomFullName(rng: Random, ethnicity: Ethnicity, sex: Sex, birthYear: number): FullName {
  const surname = genderedSurname(pickSurnameStem(rng, ethnicity), sex);
  const name = pickFirstName(rng, ethnicity, sex);
  if (rng.chance(0.08)) return { surname, name, patronymic: null };
  const father = pickFirstName(rng, ethnicity, 'male');
  return { surname, name, patronymic: patronymicOf(father, ethnicity, pickPatronymicStyle(rng, ethnicity, birthYear), sex) };
}

const LATIN: Record<string, string> = {
  а: 'a', ә: 'a', б: 'b', в: 'v', г: 'g', ғ: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i',
  і: 'i', к: 'k', қ: 'k', л: 'l', м: 'm', н: 'n', ң: 'n', о: 'o', ө: 'o', п: 'p', р: 'r', с: 's', т: 't',
  у: 'u', ұ: 'u', ү: 'u', ф: 'f', х: 'kh', һ: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sch', ъ: '', ы: 'y',
  ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** Latin letters for an e-mail address: "Әлихан" → "alikhan". */
export function toLatin(word: string): string {
  let out = '';
  for (const c of word.toLowerCase()) out += LATIN[c] ?? (/[a-z0-9]/.test(c) ? c : '');
  return out;
}
