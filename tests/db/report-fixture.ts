import type { Translate } from '@/lib/reports/tabulate';
import type { Database } from '@/db';
import { institutionTypeGroups, institutionTypes, memberships, organizations, persons, subordinateOverrides, subordinateTypes, territories, users, type MembershipRole } from '@/db/schema';
import { recordSignIns } from '@/lib/journal/sign-ins';
import { buildIin } from '@/lib/people/iin';

/**
 * A small network whose report numbers can be worked out by hand (see reports.test.ts):
 *
 *   authority A (region R) ─┬ S1 "Alpha school"  (district D1, type T1)
 *                           ├ S2 "Beta gymnasium" (D1, T2)
 *                           ├ S3 "Gamma school"  (D2, T1)
 *                           └ S4 "Excluded school" (D2, T1) — excluded by hand (F-4.7)
 *   authority B (region R2) ── S5 "Foreign school" (D3, T1)
 *
 * S1: Dana — director and teacher (expert, attested 2021-12-01), registered;
 *     Timur — teacher (moderator, 2025-01-10) and parent, registered; Tolkyn — teacher, no
 *     category, no date, not registered; students Sara (registered), Sanzhar (not), Sabina
 *     (registered, archived); Pavel — parent, registered.
 * S2: Talgat — teacher (highest, 2020-05-05), registered; student Samal, registered.
 * S3: Khadisha — head of studies (master, 2022-01-15), registered; student Saken, not.
 * S4: Tair — teacher, registered.   S5: Tansholpan — teacher, registered.
 */

export type Fixture = Awaited<ReturnType<typeof buildReportFixture>>;

let serial = 500;

export async function buildReportFixture(db: Database) {
  const [r, r2] = await db
    .insert(territories)
    .values([
      { level: 'region', katoCode: '190000000', nameKk: 'Облыс R', nameRu: 'Область R', nameEn: 'Region R' },
      { level: 'region', katoCode: '350000000', nameKk: 'Облыс R2', nameRu: 'Область R2', nameEn: 'Region R2' },
    ])
    .returning();
  const [d1, d2, d3] = await db
    .insert(territories)
    .values([
      { parentId: r!.id, level: 'district', katoCode: '191000000', nameKk: 'Аудан D1', nameRu: 'Район D1', nameEn: 'District D1' },
      { parentId: r!.id, level: 'city', katoCode: '192000000', nameKk: 'Қала D2', nameRu: 'Город D2', nameEn: 'City D2' },
      { parentId: r2!.id, level: 'district', katoCode: '351000000', nameKk: 'Аудан D3', nameRu: 'Район D3', nameEn: 'District D3' },
    ])
    .returning();
  const [group] = await db.insert(institutionTypeGroups).values({ code: 'g', nameKk: 'Топ', nameRu: 'Группа', nameEn: 'Group' }).returning();
  const [t1, t2] = await db
    .insert(institutionTypes)
    .values([
      { groupId: group!.id, code: 't1', nameKk: 'Мектеп', nameRu: 'Школа', nameEn: 'School', sortOrder: 1 },
      { groupId: group!.id, code: 't2', nameKk: 'Гимназия', nameRu: 'Гимназия', nameEn: 'Gymnasium', sortOrder: 2 },
    ])
    .returning();

  const org = async (values: Partial<typeof organizations.$inferInsert> & { fullName: string }) => {
    const [row] = await db
      .insert(organizations)
      .values({ kind: 'institution', shortName: values.fullName, ...values })
      .returning({ id: organizations.id });
    return row!.id;
  };
  const a = await org({ kind: 'authority', fullName: 'Authority A', territoryId: r!.id });
  const b = await org({ kind: 'authority', fullName: 'Authority B', territoryId: r2!.id });
  const s1 = await org({ fullName: 'Alpha school', parentId: a, territoryId: d1!.id, institutionTypeId: t1!.id, phones: '8 (727) 111-11-11', email: 'alpha@edu.kz' });
  const s2 = await org({ fullName: 'Beta gymnasium', parentId: a, territoryId: d1!.id, institutionTypeId: t2!.id, organizationalStructure: 'branch' });
  const s3 = await org({ fullName: 'Gamma school', parentId: a, territoryId: d2!.id, institutionTypeId: t1!.id, licenceInfo: 'KZ-123' });
  const s4 = await org({ fullName: 'Excluded school', parentId: a, territoryId: d2!.id, institutionTypeId: t1!.id });
  const s5 = await org({ fullName: 'Foreign school', parentId: b, territoryId: d3!.id, institutionTypeId: t1!.id });
  // Authority A counts both types as subordinate (F-4.8) and excluded one school by hand (F-4.7).
  await db.insert(subordinateTypes).values([t1!.id, t2!.id].map((institutionTypeId) => ({ authorityId: a, institutionTypeId })));
  await db.insert(subordinateOverrides).values({ authorityId: a, institutionId: s4, included: false });

  type Role = { org: number; role: MembershipRole; category?: 'expert' | 'moderator' | 'highest' | 'master'; attested?: string; archived?: boolean };
  const person = async (surname: string, registered: boolean, roles: Role[]) => {
    let iin: string | null = null;
    while (!iin) iin = buildIin('1985-03-14', 'female', serial++);
    const [p] = await db.insert(persons).values({ surname, name: 'N', birthDate: '1985-03-14', sex: 'female', iin }).returning({ id: persons.id });
    let userId: number | null = null;
    if (registered) {
      const [u] = await db.insert(users).values({ personId: p!.id, login: `fx-${surname}`, passwordHash: 'x' }).returning({ id: users.id });
      userId = u!.id;
    }
    for (const x of roles) {
      await db.insert(memberships).values({
        personId: p!.id,
        organizationId: x.org,
        role: x.role,
        category: x.category ?? null,
        attestationDate: x.attested ?? null,
        archivedAt: x.archived ? new Date('2026-10-01T00:00:00Z') : null,
      });
    }
    return { personId: p!.id, userId };
  };

  const dana = await person('Dana', true, [
    { org: s1, role: 'director', category: 'expert', attested: '2021-12-01' },
    { org: s1, role: 'teacher', category: 'expert', attested: '2021-12-01' },
  ]);
  const timur = await person('Timur', true, [
    { org: s1, role: 'teacher', category: 'moderator', attested: '2025-01-10' },
    { org: s1, role: 'parent' },
  ]);
  const tolkyn = await person('Tolkyn', false, [{ org: s1, role: 'teacher' }]);
  const sara = await person('Sara', true, [{ org: s1, role: 'student' }]);
  const sanzhar = await person('Sanzhar', false, [{ org: s1, role: 'student' }]);
  const sabina = await person('Sabina', true, [{ org: s1, role: 'student', archived: true }]);
  const pavel = await person('Pavel', true, [{ org: s1, role: 'parent' }]);
  const talgat = await person('Talgat', true, [{ org: s2, role: 'teacher', category: 'highest', attested: '2020-05-05' }]);
  const samal = await person('Samal', true, [{ org: s2, role: 'student' }]);
  const khadisha = await person('Khadisha', true, [{ org: s3, role: 'head_of_studies', category: 'master', attested: '2022-01-15' }]);
  const saken = await person('Saken', false, [{ org: s3, role: 'student' }]);
  const tair = await person('Tair', true, [{ org: s4, role: 'teacher', category: 'expert', attested: '2021-12-02' }]);
  const tansholpan = await person('Tansholpan', true, [{ org: s5, role: 'teacher', category: 'expert', attested: '2021-12-02' }]);

  // Sign-ins around "today" 2026-11-28 in Asia/Almaty (UTC+5).
  const at = (iso: string) => new Date(iso);
  await recordSignIns(db, [
    { userId: dana.userId!, at: at('2026-11-28T03:00:00Z') }, // 08:00 on the 28th
    { userId: dana.userId!, at: at('2026-11-28T10:00:00Z') }, // again the same day
    { userId: dana.userId!, at: at('2026-11-27T19:30:00Z') }, // 00:30 on the 28th local, the 27th in UTC
    { userId: timur.userId!, at: at('2026-11-27T18:30:00Z') }, // 23:30 on the 27th local
    { userId: timur.userId!, at: at('2026-11-25T05:00:00Z') },
    { userId: sara.userId!, at: at('2026-11-20T06:00:00Z') },
    { userId: pavel.userId!, at: at('2026-11-28T05:00:00Z') },
    { userId: talgat.userId!, at: at('2026-10-15T05:00:00Z') }, // older than a month
    { userId: tair.userId!, at: at('2026-11-28T05:00:00Z') }, // excluded institution
    { userId: sabina.userId!, at: at('2026-11-28T05:00:00Z') }, // archived member
    { userId: tansholpan.userId!, at: at('2026-11-28T05:00:00Z') }, // another authority's school
  ]);

  return {
    authority: a,
    otherAuthority: b,
    schools: { s1, s2, s3, s4, s5 },
    districts: { d1: d1!.id, d2: d2!.id, d3: d3!.id },
    types: { t1: t1!.id, t2: t2!.id },
    people: { dana, timur, tolkyn, sara, sanzhar, sabina, pavel, talgat, samal, khadisha, saken, tair, tansholpan },
  };
}

/** The messages file as next-intl reads it: "Namespace.key" paths, {count} filled in plainly. */
export function translator(messages: Record<string, Record<string, string>>): Translate {
  return (key) => {
    const [ns, k] = key.split('.') as [string, string];
    const text = messages[ns]?.[k];
    if (text === undefined) throw new Error(`missing message ${key}`);
    return text;
  };
}
