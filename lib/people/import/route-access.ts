import 'server-only';
import { orgRouteAccess } from '@/lib/auth/route-access';
import { type Locale, toLocale } from '@/lib/i18n/routing';

/** The import's route handlers (template, upload, error list): the organisation's admins. */
export const importAccess = (idParam: string) => orgRouteAccess(idParam, 'org.people.manage');

export function localeOf(value: FormDataEntryValue | string | null): Locale {
  return toLocale(typeof value === 'string' ? value : 'kk');
}

export function download(file: { body: Uint8Array; contentType: string; fileName: string }): Response {
  return new Response(file.body as BodyInit, {
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${file.fileName}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
