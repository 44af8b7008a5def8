/**
 * The signed-in pages the bench measures one at a time (tests/bench/signed-in.ts): first those
 * the issue names and the load runs over, then every other page of the signed-in app (each
 * page.tsx under app/[locale]/(app) and (print) that answers a signed-in user with a page, not a
 * redirect), each as a user who may see it, and the searches a form asks as one types. Paths name
 * the region's records as `{name}`.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../../../db';
// The reports of one institution, each its own page: the app's own list, so a new one is measured too.
import { INSTITUTION_REPORTS } from '../../../lib/reports/institution/common';
import type { ContentIds } from './bench-content';

export type Login = 'admin' | 'staff' | 'teacher' | 'parent';
export type PageCase = { path: string; as: Login };

/** The records page paths name: the region's and the bench content's (lib/bench-content.ts). */
export type PageIds = ContentIds & { notification: number; school: number; person: number; user: number; unit: number };

/** `search`: the People search of the scale measured (a demo name, or a city one that matches as many). */
export function signedInPages(search: string): PageCase[] {
  const q = encodeURIComponent(search);
  const named: PageCase[] = [
    { path: '/kk/org/1', as: 'admin' },
    { path: '/kk/org/1/people', as: 'admin' },
    { path: `/kk/org/1/people?q=${q}`, as: 'admin' },
    { path: '/kk/inbox', as: 'parent' },
    { path: '/kk/inbox/{notification}', as: 'parent' },
    { path: '/kk/org/1/notifications', as: 'admin' },
    { path: '/kk/org/1/notifications/{notification}', as: 'admin' },
    { path: '/kk/org/1/reports/activity', as: 'admin' },
    { path: '/kk/org/1/reports', as: 'admin' },
    { path: '/kk/org/1/reports/attestation', as: 'admin' },
    { path: '/kk/org/1/reports/attestation?form=due', as: 'admin' },
    { path: '/kk/org/1/reports/institutions', as: 'admin' },
    { path: '/kk/org/1/structure', as: 'staff' },
    { path: '/kk/org/1/news', as: 'staff' },
    { path: '/kk/org/1/admin/people', as: 'admin' },
    { path: '/kk/org/{school}', as: 'teacher' },
    { path: '/kk/inbox', as: 'teacher' },
  ];
  const admin = (paths: string[]): PageCase[] => paths.map((path) => ({ path, as: 'admin' }));
  const others: PageCase[] = [
    ...['documents', 'feedback', 'forum', 'forum/{forum}', 'forum/{forum}/new', 'forum/{forum}/topics/{topic}', 'wall'].map((tab): PageCase => ({ path: `/kk/org/1/${tab}`, as: 'staff' })),
    ...admin([
      '/kk/org/1/leaders',
      '/kk/org/1/forum/{forum}/edit',
      '/kk/org/1/forum/{forum}/topics/{topic}/edit',
      '/kk/org/1/forum/{forum}/topics/{topic}/posts/{post}/edit',
      '/kk/org/1/news/new',
      '/kk/org/1/news/{news}/edit',
      '/kk/org/1/pages/{page}',
      '/kk/org/1/pages/{page}/edit',
      '/kk/org/1/pages/new',
      '/kk/org/1/structure/units/new',
      '/kk/org/1/structure/units/{unit}/edit',
      '/kk/org/1/notifications/new',
      '/kk/org/1/admin',
      '/kk/org/1/admin/people/{person}',
      '/kk/org/1/admin/people/new',
      '/kk/org/1/admin/people/import',
      '/kk/org/1/admin/data-exchange',
      ...['applications', 'questions', 'reception', 'contacts'].map((part) => `/kk/org/1/admin/feedback/${part}`),
      ...['about', 'contacts', 'logo', 'functions', 'localization', 'applications-email', 'jurisdiction', 'subordinates', 'subordinate-types', 'register', 'register/new', 'register/import', 'register/{school}'].map(
        (part) => `/kk/org/1/admin/settings/${part}`,
      ),
      ...INSTITUTION_REPORTS.map((report) => `/kk/org/1/reports/institutions/{school}/${report}`),
      '/kk/org/1/reports/print/attestation',
      '/kk/users/{user}',
    ]),
    { path: '/kk/help', as: 'parent' },
    // Not pages, but answers a user waits on as they type: the register's head search, opened, then
    // a name's first two letters typed (a school's staff are too few for the full search to match).
    ...admin(['/api/org/1/register-heads?institution={school}&q=', `/api/org/1/register-heads?institution={school}&q=${encodeURIComponent(search.slice(0, 2))}`]),
  ];
  return [...named, ...others];
}

/** A page's path with the records it names. */
export function pagePath(ids: PageIds, path: string): string {
  return path.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const id = ids[name as keyof PageIds];
    if (id === undefined) throw new Error(`no record for ${whole} in ${path}`);
    return String(id);
  });
}

/** The region's records pages name besides the content's: a member of the authority, the admin's own user, a structural unit. */
export async function regionIds(db: Database, orgId: number, adminLogin: string): Promise<Pick<PageIds, 'person' | 'user' | 'unit'>> {
  const [row] = await db.execute<{ person: number; user: number; unit: number }>(sql`
    select (select person_id from memberships where organization_id = ${orgId} and archived_at is null and role = 'employee' order by id limit 1) as person,
           (select id from users where login = ${adminLogin}) as "user",
           (select id from structural_units where organization_id = ${orgId} order by id limit 1) as unit`);
  if (!row?.person || !row.user || !row.unit) throw new Error(`the region lacks a member, the user ${adminLogin} or a structural unit: ${JSON.stringify(row)}`);
  return { person: Number(row.person), user: Number(row.user), unit: Number(row.unit) };
}
