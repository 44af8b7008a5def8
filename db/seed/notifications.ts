import { sql } from 'drizzle-orm';
import { audienceCondition, audienceOrganizationIds } from '../../lib/notifications/network';
import type { AudienceLeaf } from '../../lib/notifications/audience';
import type { DbTransaction } from '../index';
import { addDays } from './random';

/**
 * The authority's messages of the demo (F-6), so the Notifications tab shows both of its tabs
 * with content from the first visit: three whose read-by day has passed (the Archive tab) and two
 * still running (Active). Days count from the seed's "today"; about half the recipients of the
 * older ones have read them, in a fixed pattern, so "X of Y" and the readers' list are not empty.
 */

type DemoNotification = { title: string; body: string; audience: AudienceLeaf[]; publishedDaysAgo: number; readByInDays: number; readShare: number };

export const DEMO_NOTIFICATIONS: readonly DemoNotification[] = [
  {
    title: 'Педагогтарды аттестаттау: құжаттарды тапсыру',
    body: 'Биылғы аттестациядан өтетін педагогтардың құжаттарын білім бөліміне тапсыру мерзімі аяқталады. Тізімді тексеріп, құжаттарды уақытында жіберіңіздер.',
    audience: ['inst.directors', 'inst.deputies'],
    publishedDaysAgo: 40,
    readByInDays: -30,
    readShare: 0.8,
  },
  {
    title: 'Күзгі демалыс кезіндегі қауіпсіздік',
    body: 'Күзгі демалыс кезінде оқушылармен қауіпсіздік ережелері бойынша түсіндіру жұмыстарын жүргізіп, ата-аналарды хабардар етіңіздер.',
    audience: ['inst.directors', 'inst.teachers'],
    publishedDaysAgo: 35,
    readByInDays: -25,
    readShare: 0.6,
  },
  {
    title: 'Аудандық пән олимпиадасының нәтижелері',
    body: 'Аудандық пән олимпиадасының нәтижелері бекітілді. Жеңімпаздарды марапаттау рәсімі туралы қосымша хабарланады.',
    audience: ['own.employees', 'inst.directors'],
    publishedDaysAgo: 15,
    readByInDays: -8,
    readShare: 0.5,
  },
  {
    title: 'Қысқы демалыс кестесі',
    body: 'Қысқы демалыс 30 желтоқсаннан 7 қаңтарға дейін. Оқу жоспарына сәйкес сабақ кестесін түзетіп, ата-аналарға жеткізіңіздер.',
    audience: ['inst.directors', 'inst.parents'],
    publishedDaysAgo: 3,
    readByInDays: 14,
    readShare: 0.2,
  },
  {
    title: 'Жылдық есеп беру мерзімі',
    body: 'Ұйымдардың жылдық есептерін жинау басталды. Есептерді белгіленген үлгі бойынша уақытында толтырыңыздер.',
    audience: ['own.employees', 'sub.leaders', 'inst.directors'],
    publishedDaysAgo: 1,
    readByInDays: 20,
    readShare: 0.1,
  },
];

const day = (date: Date) => date.toISOString().slice(0, 10);

/** A publish key per demo message, the same on every run (the seed is deterministic). */
const publishKey = (index: number) => `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`;

export async function writeDemoNotifications(tx: DbTransaction, authorityId: number, now: Date): Promise<number> {
  const [author] = await tx.execute<{ id: number }>(sql`select id from users where login = 'admin'`);
  for (const [index, n] of DEMO_NOTIFICATIONS.entries()) {
    const publishedAt = addDays(now, -n.publishedDaysAgo);
    const readBy = day(addDays(now, n.readByInDays));
    const [row] = await tx.execute<{ id: number }>(sql`
      insert into notifications (organization_id, title, body, read_by, audience, created_by_user_id, published_at, publish_key)
      values (${authorityId}, ${n.title}, ${n.body}, ${readBy}, ${JSON.stringify(n.audience)}::jsonb, ${author?.id ?? null}, ${publishedAt.toISOString()}, ${publishKey(index)})
      returning id`);
    const id = Number(row!.id);
    await tx.execute(sql`
      insert into notification_recipients (notification_id, person_id)
      select ${id}::int, person_id from (select distinct person_id from memberships where ${audienceCondition(authorityId, n.audience)}) as audience
      order by person_id`);
    await tx.execute(sql`
      insert into notification_organizations (notification_id, organization_id)
      select ${id}::int, id from (${audienceOrganizationIds(authorityId, n.audience)}) as reached`);
    // A fixed share read it, within the days it ran (never after today): deterministic by person.
    const runDays = Math.max(1, Math.min(n.publishedDaysAgo, n.publishedDaysAgo + n.readByInDays));
    await tx.execute(sql`
      update notification_recipients
      set read_at = ${publishedAt.toISOString()}::timestamptz + ((person_id::bigint * 7919) % (${runDays} * 24 * 60)) * interval '1 minute'
      where notification_id = ${id} and (person_id * 7 + ${index}) % 100 < ${Math.round(n.readShare * 100)}`);
    await tx.execute(sql`
      update notifications set
        recipient_count = (select count(*) from notification_recipients where notification_id = ${id}),
        read_count = (select count(*) from notification_recipients where notification_id = ${id} and read_at is not null)
      where id = ${id}`);
  }
  return DEMO_NOTIFICATIONS.length;
}
