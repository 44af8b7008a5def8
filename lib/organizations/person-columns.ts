import { persons, users } from '@/db/schema';

/**
 * The columns of a person listed on an organisation's pages (structure's units, leaders, people
 * with a position): name parts and the account, so the name links to the user page. One shape, so
 * every list renders with the one PersonName component.
 */
export const listedPersonColumns = { personId: persons.id, surname: persons.surname, name: persons.name, patronymic: persons.patronymic, userId: users.id };
