import { cleanFileName } from '@/lib/content/documents/files';
import { detectContentType, utf8TextChecker } from '@/lib/storage/detect-type';
import { ATTACHMENT_MAX_BYTES } from './schemas';

/** What a citizen may attach to an application, decided by the bytes, never the name. */
export const ATTACHMENT_TYPES = new Set([
  'application/pdf',
  'image/jpeg',
  'image/png',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'text/plain; charset=utf-8',
]);

export type CheckedAttachment = { bytes: Uint8Array; name: string; contentType: string };

/** null when no file was chosen; a message key when the file breaks the rules. */
export function checkAttachment(file: { bytes: Uint8Array; name: string } | null): CheckedAttachment | null | { error: string } {
  if (!file || (file.bytes.byteLength === 0 && file.name === '')) return null;
  if (file.bytes.byteLength === 0) return { error: 'Feedback.attachment_empty' };
  if (file.bytes.byteLength > ATTACHMENT_MAX_BYTES) return { error: 'Feedback.attachment_too_large' };
  const text = utf8TextChecker();
  text.push(file.bytes);
  const contentType = detectContentType(file.bytes.subarray(0, 64 * 1024), { isUtf8Text: text.done() });
  if (!ATTACHMENT_TYPES.has(contentType)) return { error: 'Feedback.attachment_type' };
  return { bytes: file.bytes, name: cleanFileName(file.name) || 'attachment', contentType };
}
