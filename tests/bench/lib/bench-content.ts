/**
 * What an authority that uses the portal has on its tabs, which the demo seed writes none of: a
 * forum with a page and more of topics and a long thread, news, pages, wall posts, documents in
 * folders, citizens' questions, reception hours and leaders. The signed-in bench writes it once
 * into the measured region, as its admin, through the app's own commands (documents uploaded over
 * HTTP, as the Documents tab does), so each page is measured with a page of content, not empty.
 */
import { register } from 'node:module';
import { and, asc, desc, eq, like, sql } from 'drizzle-orm';
import type { Database } from '../../../db';
import { documents, forumPosts, forums, forumTopics, interactivePages, news, users } from '../../../db/schema';
import { keepAliveAgent, request } from './http-client';

// Before the dynamic imports below: the commands' modules import 'server-only'.
register('./server-only-hooks.mjs', import.meta.url);

/** The content pages are addressed by: the forum, its longest thread and that thread's first post, a news item and a page. */
export type ContentIds = { forum: number; topic: number; post: number; news: number; page: number };

const FORUM_TITLE = 'Bench: Әдістемелік кеңес';
// Each list more than a page of the app's (forum 20 topics, thread 10 posts, news 5, wall 10, a folder 20 files, questions 10).
const TOPICS = 25;
const POSTS = 25;
const NEWS = 15;
const WALL = 25;
const DOCUMENTS = 25;
const QUESTIONS = 25;

const paragraph = (n: number) =>
  `${n}. Оқу жылының басында мектептер оқулықтармен толық қамтамасыз етілді. Мұғалімдердің біліктілігін арттыру курстары жоспарға сай өтеді; ата-аналармен кездесулер әр тоқсанның соңында ұйымдастырылады.`;
const text = (sentences: number, from = 1) => Array.from({ length: sentences }, (_, i) => paragraph(from + i)).join('\n\n');

/** The ids of the content written before, or none. */
async function existing(db: Database, orgId: number): Promise<ContentIds | null> {
  const [forum] = await db.select({ id: forums.id }).from(forums).where(and(eq(forums.organizationId, orgId), eq(forums.title, FORUM_TITLE)));
  if (!forum) return null;
  const [thread] = await db
    .select({ topic: forumTopics.id, post: sql<number>`min(${forumPosts.id})`.mapWith(Number) })
    .from(forumTopics)
    .innerJoin(forumPosts, eq(forumPosts.topicId, forumTopics.id))
    .where(eq(forumTopics.forumId, forum.id))
    .groupBy(forumTopics.id)
    .orderBy(desc(sql`count(*)`), asc(forumTopics.id))
    .limit(1);
  const [item] = await db.select({ id: news.id }).from(news).where(and(eq(news.organizationId, orgId), like(news.title, 'Bench: %'))).orderBy(desc(news.id)).limit(1);
  const [page] = await db
    .select({ id: interactivePages.id })
    .from(interactivePages)
    .where(and(eq(interactivePages.organizationId, orgId), like(interactivePages.title, 'Bench: %')))
    .orderBy(asc(interactivePages.id))
    .limit(1);
  // Documents are the last step written: all of them there, all the rest is.
  const [files] = await db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(documents).where(eq(documents.organizationId, orgId));
  if (!thread || !item || !page || files!.n < DOCUMENTS) throw new Error(`bench content of organisation ${orgId} is incomplete: remove the data folder and run again`);
  return { forum: forum.id, topic: thread.topic, post: thread.post, news: item.id, page: page.id };
}

/**
 * The content of organisation `orgId`, written as `adminLogin` the first time (the app at
 * `origin` takes the uploads; `adminCookie` is that admin's session).
 */
export async function benchContent(db: Database, args: { orgId: number; adminLogin: string; origin: string; adminCookie: string }): Promise<ContentIds> {
  const found = await existing(db, args.orgId);
  if (found) return found;
  const began = performance.now();
  const [{ runCommand }, { loadCurrentUser }, { forumCommands }, { newsCommands }, { pageCommands }, { wallCommands }, { documentCommands }, { questionCommand }, { addReceptionHour }, { leaderCommands }] =
    await Promise.all([
      import('../../../lib/command'),
      import('../../../lib/auth/load-current-user'),
      import('../../../lib/content/forum/commands'),
      import('../../../lib/content/news'),
      import('../../../lib/content/pages'),
      import('../../../lib/content/wall'),
      import('../../../lib/content/documents/commands'),
      import('../../../lib/feedback/submit'),
      import('../../../lib/feedback/admin'),
      import('../../../lib/organizations/leaders/commands'),
    ]);
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.login, args.adminLogin));
  const admin = row && (await loadCurrentUser(db, row.id));
  if (!admin) throw new Error(`no user ${args.adminLogin}`);
  const orgId = String(args.orgId);
  // Each write as its server action runs it: the rule of `can`, then the work; a refusal stops the bench.
  const run = async <T = unknown>(cmd: unknown, input: Record<string, unknown>): Promise<T> => {
    const result = await runCommand(db, cmd as Parameters<typeof runCommand>[1], admin, input);
    if (!result.ok) throw new Error(`bench content refused: ${result.messageKey} ${JSON.stringify(result.fieldErrors ?? {})}`);
    return result.data as T;
  };

  const { forumId } = await run<{ forumId: number }>(forumCommands.createForum, { orgId, title: FORUM_TITLE, description: 'Мектеп әдістемелік бірлестіктерінің жұмысы туралы.' });
  const topics: number[] = [];
  for (let i = 1; i <= TOPICS; i++) {
    const { topicId } = await run<{ topicId: number }>(forumCommands.createTopic, { orgId, forumId: String(forumId), title: `Тақырып ${i}: жаңа оқу бағдарламасы`, body: text(2, i) });
    topics.push(topicId);
  }
  for (let i = 1; i < POSTS; i++) await run(forumCommands.createPost, { orgId, topicId: String(topics[0]), body: text(2, i) });
  for (let i = 1; i <= NEWS; i++) await run(newsCommands.create, { orgId, title: `Bench: жаңалық ${i}`, body: text(4, i) });
  for (let i = 1; i <= 3; i++) await run(pageCommands.create, { orgId, title: `Bench: бет ${i}`, body: `## Бөлім ${i}\n\n${text(8, i)}\n\n- бірінші тармақ\n- екінші тармақ\n- үшінші тармақ` });
  for (let i = 1; i <= WALL; i++) await run(wallCommands.post, { orgId, body: paragraph(i) });
  for (let i = 1; i <= 5; i++) {
    await run(addReceptionHour, { orgId, weekday: String(((i - 1) % 5) + 1), startsAt: '09:00', endsAt: '12:00', receiver: `Басшының орынбасары ${i}`, place: `${100 + i}-кабинет` });
  }
  for (let i = 1; i <= QUESTIONS; i++) {
    // Citizens ask from their own addresses: the form's limit counts per address.
    const ask = questionCommand({ address: `10.99.0.${i}` });
    const asked = await runCommand(db, ask, null, { orgId, name: `Азамат ${i}`, email: `citizen${i}@mail.kz`, body: paragraph(i), locale: 'kk', website: '' });
    if (!asked.ok) throw new Error(`bench content refused: ${asked.messageKey}`);
  }
  const members = await db.execute<{ person_id: number }>(
    sql`select person_id from memberships where organization_id = ${args.orgId} and archived_at is null and role = 'employee' order by id limit 3`,
  );
  for (const [i, member] of members.entries()) await run(leaderCommands.add, { orgId, personId: String(member.person_id), title: i === 0 ? 'Басқарма басшысы' : 'Басшының орынбасары' });

  const folders: Array<number | null> = [null];
  for (const name of ['Бұйрықтар', 'Есептер']) folders.push((await run<{ id: number }>(documentCommands.createFolder, { orgId, parentId: '', name })).id);
  const agent = keepAliveAgent(1);
  for (let i = 1; i <= DOCUMENTS; i++) {
    const folder = folders[i % folders.length];
    const answer = await request(agent, `${args.origin}/api/files?orgId=${orgId}&folderId=${folder ?? ''}&public=1`, {
      method: 'POST',
      cookie: args.adminCookie,
      body: text(6, i),
      contentType: 'text/plain; charset=utf-8',
      headers: { 'x-file-name': encodeURIComponent(`Бұйрық №${i}.txt`) },
    });
    if (answer.status !== 201) throw new Error(`bench content: upload ${i} answered ${answer.status}: ${answer.body.slice(0, 200)}`);
  }
  agent.destroy();
  console.log(`bench content of organisation ${orgId} written in ${((performance.now() - began) / 1000).toFixed(1)} s`);
  return (await existing(db, args.orgId))!;
}
