/**
 * Notifications at city scale (F-6): the Almaty-sized demo (≈ 300,000 people) in a fresh
 * embedded PostgreSQL, then the app's own functions (lib/notifications):
 *   - publishing to every student and parent of the city (goal < 2 s), three times;
 *   - "X of Y" of that message while reads grow (goal p95 < 50 ms);
 *   - a recipient's inbox page and unread counter (goal p95 < 50 ms);
 *   - for the record: the wizard's audience counts, marking read, the readers / not-yet-readers
 *     pages, a reminder to every non-reader with an e-mail, a full CSV export, delete.
 * Run: npx tsx tests/bench/notifications.ts
 */
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../db';
import { seedDemo } from '../../db/seed';
import { users } from '../../db/schema';
import type { AudienceLeaf } from '../../lib/notifications/audience';
import { audienceMasks } from '../../lib/notifications/audience-counts';
import { exportRecords } from '../../lib/notifications/export';
import { countUnread, listInbox, markRead } from '../../lib/notifications/inbox';
import { getNotification, listNotifications } from '../../lib/notifications/list';
import { deleteNotification, publishNotification } from '../../lib/notifications/publish';
import { listRecipients } from '../../lib/notifications/recipients';
import { sendReminder } from '../../lib/notifications/remind';
import { saveDraftAudience, saveDraftContent } from '../../lib/notifications/wizard-draft';
import { runBench, withBenchDatabase } from './bench-database';
import { goal } from './lib/goals';
import { quantile, stats, timed } from './lib/stats';

const SAMPLES = 240;

async function publish(db: Database, userId: number, title: string, audience: AudienceLeaf[]) {
  const { draftId } = await saveDraftContent(db, { userId, orgId: 1, draftId: null, content: { title, body: `${title}: the text.`, readBy: null } });
  await saveDraftAudience(db, { userId, orgId: 1, draftId, audience });
  return timed(() => publishNotification(db, { userId, orgId: 1, draftId }));
}

async function main() {
  await withBenchDatabase('notifications', async (db) => {
    const seeded = await seedDemo(db, { scale: 'city' });
    await db.execute(sql`analyze`);
    console.log(`city seed: ${seeded.counts.persons} persons, ${seeded.counts.memberships} memberships in ${(seeded.elapsedMs / 1000).toFixed(1)} s`);
    const [admin] = await db.select({ id: users.id }).from(users).where(eq(users.login, 'admin'));

    const masks: number[] = [];
    for (let i = 0; i < 3; i++) masks.push((await timed(() => audienceMasks(db, 1)))[1]);
    console.log(`wizard audience counts (every leaf, one pass): ${stats(masks)}`);

    // Some earlier, smaller messages, so inboxes hold more than the big one.
    for (let i = 0; i < 10; i++) await publish(db, admin!.id, `Staff notice ${i}`, i % 2 ? ['inst.teachers'] : ['network.staff']);
    const publishMs: number[] = [];
    let cityWide = 0;
    let recipients = 0;
    for (let i = 0; i < 3; i++) {
      const [result, ms] = await publish(db, admin!.id, `Every student and parent ${i}`, ['inst.students', 'inst.parents']);
      publishMs.push(ms);
      cityWide = result.notificationId;
      recipients = result.recipients;
    }
    await db.execute(sql`analyze notification_recipients`);
    console.log(`publish to every student and parent (${recipients} people): ${stats(publishMs)}`);
    goal('publish to every student and parent, max', Math.max(...publishMs), 2000, 'ms');

    const sample = await db.execute<{ person_id: number }>(
      sql`select person_id from notification_recipients where notification_id = ${cityWide} and person_id % 997 = 3 order by person_id limit ${SAMPLES}`,
    );
    const readMs: number[] = [];
    for (const r of sample) readMs.push((await timed(() => markRead(db, { personId: Number(r.person_id), notificationId: cityWide })))[1]);
    console.log(`mark read ("I have read it"): ${stats(readMs)}`);

    // Reads grow: half of the city reads it (written in bulk here, with the counter kept in step).
    const bulk = await db.execute(sql`update notification_recipients set read_at = now() - (person_id % 1000) * interval '1 second' where notification_id = ${cityWide} and read_at is null and person_id % 2 = 0`);
    await db.execute(sql`update notifications set read_count = read_count + ${bulk.count} where id = ${cityWide}`);
    await db.execute(sql`vacuum analyze notification_recipients`);
    // "X of Y" as the pages read it: the message's own page, and the list's first page.
    const counterMs: number[] = [];
    const listMs: number[] = [];
    let counter = { readCount: 0, recipientCount: 0 };
    for (let i = 0; i < SAMPLES; i++) {
      const [value, ms] = await timed(() => getNotification(db, { orgId: 1, notificationId: cityWide }));
      counter = value!;
      counterMs.push(ms);
      listMs.push((await timed(() => listNotifications(db, { orgId: 1, tab: 'active', today: '2026-11-28', page: 1 })))[1]);
    }
    console.log(`"X of Y" of that message, its page's query (${counter.readCount} of ${counter.recipientCount}): ${stats(counterMs)}`);
    goal('"X of Y" of that message, p95', quantile(counterMs, 0.95), 50, 'ms');
    console.log(`the list's first page with "X of Y" of each message: ${stats(listMs)}`);

    const inboxMs: number[] = [];
    const unreadMs: number[] = [];
    let shown = 0;
    for (const r of sample) {
      const [page, ms] = await timed(() => listInbox(db, { personId: Number(r.person_id), page: 1 }));
      inboxMs.push(ms);
      shown += page.rows.length;
      unreadMs.push((await timed(() => countUnread(db, Number(r.person_id))))[1]);
    }
    console.log(`recipient's inbox, first page (${(shown / sample.length).toFixed(1)} rows on average): ${stats(inboxMs)}`);
    console.log(`header's unread counter: ${stats(unreadMs)}`);
    goal("recipient's inbox, first page, p95", quantile(inboxMs, 0.95), 50, 'ms');
    goal("header's unread counter, p95", quantile(unreadMs, 0.95), 50, 'ms');

    for (const list of ['readers', 'pending'] as const) {
      const pages: number[] = [];
      for (const page of [1, 2, 50, 1]) pages.push((await timed(() => listRecipients(db, { authorityId: 1, notificationId: cityWide, list, page })))[1]);
      console.log(`"${list}" page (50 rows with organisations and roles): ${stats(pages)}`);
    }

    const [exported, exportMs] = await timed(async () => {
      let rows = 0;
      for await (const record of exportRecords(db, { authorityId: 1, notificationId: cityWide, list: 'pending' })) rows += record.places.length > 0 ? 1 : 1;
      return rows;
    });
    console.log(`export of the whole not-yet-read list (${exported} rows, cursor, no file writing): ${exportMs.toFixed(0)} ms`);

    const [reminder, remindMs] = await timed(() => sendReminder(db, { userId: admin!.id, orgId: 1, notificationId: cityWide, mail: { subject: 'Reminder', textBody: 'Please read it.' } }));
    console.log(`remind every non-reader with an e-mail (${reminder.reminded} outbox rows in batches): ${remindMs.toFixed(0)} ms`);

    const [, deleteMs] = await timed(() => deleteNotification(db, { userId: admin!.id, orgId: 1, notificationId: cityWide }));
    console.log(`delete the city-wide message (${recipients} recipient rows): ${deleteMs.toFixed(0)} ms`);
  });
}

runBench(main);
