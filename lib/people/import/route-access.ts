import 'server-only';
import { orgRouteAccess } from '@/lib/auth/route-access';
import { BodyMalformedError, BodyTooLargeError, readForm } from '@/lib/http/body';
import { type Locale, toLocale } from '@/lib/i18n/routing';
import { MAX_IMPORT_BYTES } from './read-file';

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

/** A refused upload: { ok: false, problem: { key, params } } with keys of PersonImport. */
export function refuseUpload(key: string, params: Record<string, string | number> = {}, status = 400): Response {
  return Response.json({ ok: false, problem: { key, params } }, { status });
}

/**
 * The multipart body of an import's upload (file, locale), for every spreadsheet import. A route
 * handler, not a server action: actions stop at 1 MB, an import allows 5 MB.
 */
export async function readImportUpload(request: Request): Promise<{ ok: true; file: File; locale: Locale } | { ok: false; response: Response }> {
  let form: FormData;
  try {
    form = await readForm(request, MAX_IMPORT_BYTES + 64 * 1024);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return { ok: false, response: refuseUpload('file_too_large', {}, 413) };
    if (error instanceof BodyMalformedError) return { ok: false, response: refuseUpload('file_missing') };
    throw error;
  }
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) return { ok: false, response: refuseUpload('file_missing') };
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, response: refuseUpload('file_too_large', {}, 413) };
  return { ok: true, file, locale: localeOf(form.get('locale')) };
}
