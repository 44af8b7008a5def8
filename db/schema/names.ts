import { customType } from 'drizzle-orm/pg-core';

/**
 * Text that people and organisations are sorted by: compared in the order of the Kazakh alphabet
 * (ICU "kk-KZ": А Ә Б … О Ө … У Ұ Ү …; Russian letters keep the Russian order, Latin comes last)
 * instead of byte order, which put Ә, Қ, Ө, Ұ after Я. The embedded PostgreSQL ships ICU; a
 * server without it fails this migration loudly rather than sorting wrongly.
 */
export const nameText = customType<{ data: string }>({
  dataType: () => 'text collate "kk-KZ-x-icu"',
});
