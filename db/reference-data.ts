import type { DbTransaction } from './index';
import { institutionTypeGroups, institutionTypes } from './schema';

/** Organisational type groups and institution types (F-4.8), with stable codes. */

export type TypeGroupSeed = { code: string; nameKk: string; nameRu: string; nameEn: string };
export type InstitutionTypeSeed = TypeGroupSeed & { groupCode: string };

export const INSTITUTION_TYPE_GROUPS: readonly TypeGroupSeed[] = [
  {
    code: 'general_secondary',
    nameKk: 'Жалпы орта білім беру ұйымдары',
    nameRu: 'Организации общего среднего образования',
    nameEn: 'General secondary education',
  },
  { code: 'special', nameKk: 'Арнайы білім беру ұйымдары', nameRu: 'Специальные организации образования', nameEn: 'Special education' },
  {
    code: 'specialised',
    nameKk: 'Мамандандырылған білім беру ұйымдары',
    nameRu: 'Специализированные организации образования',
    nameEn: 'Specialised education',
  },
  {
    code: 'orphans',
    nameKk: 'Жетім балалар мен ата-анасының қамқорлығынсыз қалған балаларға арналған ұйымдар',
    nameRu: 'Организации для детей-сирот и детей, оставшихся без попечения родителей',
    nameEn: 'For orphans and children without parental care',
  },
  {
    code: 'technical_vocational',
    nameKk: 'Техникалық және кәсіптік білім беру ұйымдары',
    nameRu: 'Организации технического и профессионального образования',
    nameEn: 'Technical and vocational education',
  },
  {
    code: 'additional',
    nameKk: 'Қосымша білім беру ұйымдары',
    nameRu: 'Организации дополнительного образования',
    nameEn: 'Additional education',
  },
];

export const INSTITUTION_TYPES: readonly InstitutionTypeSeed[] = [
  {
    groupCode: 'general_secondary',
    code: 'general_secondary_school',
    nameKk: 'Жалпы орта білім беретін мектеп',
    nameRu: 'Общеобразовательная школа',
    nameEn: 'General secondary school',
  },
  { groupCode: 'general_secondary', code: 'gymnasium', nameKk: 'Гимназия', nameRu: 'Гимназия', nameEn: 'Gymnasium' },
  { groupCode: 'general_secondary', code: 'lyceum', nameKk: 'Лицей', nameRu: 'Лицей', nameEn: 'Lyceum' },
  {
    groupCode: 'general_secondary',
    code: 'small_class_school',
    nameKk: 'Шағын жинақты мектеп',
    nameRu: 'Малокомплектная школа',
    nameEn: 'Small-class school',
  },
  {
    groupCode: 'special',
    code: 'special_correctional_school',
    nameKk: 'Арнайы (түзету) мектеп',
    nameRu: 'Специальная (коррекционная) школа',
    nameEn: 'Special (correctional) school',
  },
  {
    groupCode: 'special',
    code: 'special_boarding_school',
    nameKk: 'Арнайы мектеп-интернат',
    nameRu: 'Специальная школа-интернат',
    nameEn: 'Special boarding school',
  },
  {
    groupCode: 'specialised',
    code: 'gifted_school',
    nameKk: 'Дарынды балаларға арналған мамандандырылған мектеп',
    nameRu: 'Специализированная школа для одарённых детей',
    nameEn: 'Specialised school for gifted children',
  },
  {
    groupCode: 'orphans',
    code: 'orphans_boarding_school',
    nameKk: 'Жетім балаларға арналған мектеп-интернат',
    nameRu: 'Школа-интернат для детей-сирот',
    nameEn: 'Boarding school for orphans',
  },
  {
    groupCode: 'orphans',
    code: 'childrens_village',
    nameKk: 'Балалар ауылы',
    nameRu: 'Детская деревня семейного типа',
    nameEn: "Children's village",
  },
  { groupCode: 'technical_vocational', code: 'college', nameKk: 'Колледж', nameRu: 'Колледж', nameEn: 'College' },
  {
    groupCode: 'technical_vocational',
    code: 'higher_college',
    nameKk: 'Жоғары колледж',
    nameRu: 'Высший колледж',
    nameEn: 'Higher college',
  },
  {
    groupCode: 'additional',
    code: 'music_school',
    nameKk: 'Балалар музыка мектебі',
    nameRu: 'Детская музыкальная школа',
    nameEn: 'Music school',
  },
  {
    groupCode: 'additional',
    code: 'art_school',
    nameKk: 'Балалар көркемсурет мектебі',
    nameRu: 'Детская художественная школа',
    nameEn: 'Art school',
  },
  {
    groupCode: 'additional',
    code: 'sports_school',
    nameKk: 'Балалар-жасөспірімдер спорт мектебі',
    nameRu: 'Детско-юношеская спортивная школа',
    nameEn: 'Sports school',
  },
  {
    groupCode: 'additional',
    code: 'house_of_schoolchildren',
    nameKk: 'Оқушылар үйі',
    nameRu: 'Дом школьников',
    nameEn: 'House of schoolchildren',
  },
];

/** Reference data may already exist (another seed, a migration): keep it and look its ids up. */
export async function writeReferenceData(tx: DbTransaction): Promise<Map<string, number>> {
  await tx
    .insert(institutionTypeGroups)
    .values(INSTITUTION_TYPE_GROUPS.map((g, sortOrder) => ({ ...g, sortOrder })))
    .onConflictDoNothing();
  const groups = await tx.select({ id: institutionTypeGroups.id, code: institutionTypeGroups.code }).from(institutionTypeGroups);
  const groupIds = new Map(groups.map((g) => [g.code, g.id]));
  await tx
    .insert(institutionTypes)
    .values(
      INSTITUTION_TYPES.map(({ groupCode, ...type }, sortOrder) => ({ ...type, groupId: groupIds.get(groupCode)!, sortOrder })),
    )
    .onConflictDoNothing();
  const types = await tx.select({ id: institutionTypes.id, code: institutionTypes.code }).from(institutionTypes);
  return new Map(types.map((t) => [t.code, t.id]));
}
