import { getTranslations } from 'next-intl/server';
import { getDb, getStreamingDb } from '@/db';
import { getCurrentUser } from '@/lib/auth/current-user';
import { loadOrgAuth } from '@/lib/auth/org-auth';
import { can } from '@/lib/auth/permissions';
import { contentDisposition } from '@/lib/content/documents/files';
import { toLocale } from '@/lib/i18n/routing';
import { parseId } from '@/lib/ids';
import { CSV_CONTENT_TYPE, csvDialect, csvStream, isCsvFlavour } from '@/lib/export/csv';
import { xlsxStream } from '@/lib/export/xlsx';
import { csvRecordLines, type ExportRecord, exportRecords } from '@/lib/notifications/export';
import { getNotification } from '@/lib/notifications/list';

const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

type Params = { params: Promise<{ locale: string; id: string; notificationId: string }> };

/**
 * GET …/notifications/{id}/export?list=readers|pending&format=csv|csv-excel|xlsx: the whole list as a
 * file, headers in the user's language, times in the organisation's zone. The authority's staff
 * only; anyone else gets 404, so the address reveals nothing.
 */
export async function GET(request: Request, { params }: Params) {
  const { locale: localeParam, id, notificationId: rawId } = await params;
  const orgId = parseId(id);
  const notificationId = parseId(rawId);
  if (orgId === null || notificationId === null) return notFound();
  const db = getDb();
  const org = await loadOrgAuth(db, orgId);
  if (!org || !can(await getCurrentUser(), 'org.notifications.view', org)) return notFound();
  const notification = await getNotification(db, { orgId, notificationId });
  if (!notification) return notFound();

  const url = new URL(request.url);
  const list = url.searchParams.get('list') === 'pending' ? 'pending' : 'readers';
  const requested = url.searchParams.get('format');
  const format = requested === 'xlsx' || isCsvFlavour(requested) ? requested : 'csv';
  const locale = toLocale(localeParam);
  const t = await getTranslations({ locale, namespace: 'Notifications' });
  const tRoles = await getTranslations({ locale, namespace: 'Roles' });
  // Sortable local time in the organisation's zone: "2026-11-28 23:30".
  const time = new Intl.DateTimeFormat('sv-SE', { timeZone: notification.timeZone, dateStyle: 'short', timeStyle: 'short' });

  const header = [t('export_name'), t('export_organization'), t('export_roles'), t('export_registered'), ...(list === 'readers' ? [t('export_read_at')] : [])];
  const toCells = (r: ExportRecord): string[] => [
    [r.surname, r.name, r.patronymic].filter(Boolean).join(' '),
    r.places.map((p) => p.organizationName).join('; '),
    r.places.map((p) => [...p.roles.map((role) => tRoles(role)), ...(p.isAdmin ? [tRoles('admin')] : [])].join(', ')).join('; '),
    r.registered ? t('yes') : t('no'),
    ...(list === 'readers' ? [r.readAt ? time.format(r.readAt) : ''] : []),
  ];
  async function* rows() {
    for await (const record of exportRecords(getStreamingDb(), { authorityId: orgId!, notificationId: notificationId!, list })) yield toCells(record);
  }

  const baseName = `${list === 'readers' ? t('export_file_readers') : t('export_file_pending')}-${notificationId}`;
  const body = format === 'xlsx' ? xlsxStream(baseName, header, rows()) : csvStream(csvRecordLines(header, rows(), csvDialect(format, locale)));
  return new Response(body, {
    headers: {
      'Content-Type': format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : CSV_CONTENT_TYPE,
      'Content-Disposition': contentDisposition(`${baseName}.${format === 'xlsx' ? 'xlsx' : 'csv'}`),
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
