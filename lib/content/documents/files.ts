/** Documents (F-2.4): names, downloads and labels. Who may do what is decided by `can` (org.documents.*). */

import { formatNumber } from '@/lib/i18n/numbers';

export const NAME_MAX_LENGTH = 200;

/** The address of a stored document's file (app/api/files/[documentId]): links, images of pages. */
export function documentFileUrl(documentId: number): string {
  return `/api/files/${documentId}`;
}
export const DOCUMENTS_PAGE_SIZE = 20;

/** A file name as shown and stored: no folders from the client's path, no control characters. */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  return base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, NAME_MAX_LENGTH);
}

/**
 * The Content-Disposition of a download: an ASCII fallback name and the real one as RFC 5987
 * `filename*`, so Kazakh and Russian names arrive intact and no quote or newline breaks the header.
 */
export function contentDisposition(fileName: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_') || 'file';
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

const TYPE_LABELS: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/gif': 'GIF',
  'image/webp': 'WEBP',
  'application/zip': 'ZIP',
  'application/msword': 'DOC',
  'application/vnd.ms-excel': 'XLS',
  'application/vnd.ms-powerpoint': 'PPT',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PPTX',
  'text/plain; charset=utf-8': 'TXT',
};

/** A short label of the detected type ("PDF", "DOCX"), or null for an unknown binary. */
export function typeLabel(mimeType: string): string | null {
  return TYPE_LABELS[mimeType] ?? null;
}

/** "12 KB", "3.4 MB", "4,5 МБ" in the user's language: the one formatter of file sizes. */
export function formatBytes(bytes: number, locale: string): string {
  const units = [
    ['gigabyte', 1024 ** 3],
    ['megabyte', 1024 ** 2],
    ['kilobyte', 1024],
  ] as const;
  const [unit, size] = units.find(([, s]) => bytes >= s) ?? ['byte', 1];
  return formatNumber(bytes / size, locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 });
}
