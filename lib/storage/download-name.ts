import { TEXT_PLAIN } from './detect-type';

/**
 * The extensions a downloaded file may carry for each detected type (the first is the one it
 * gets otherwise). The saved file's extension decides what opens it, so `evil.html` detected as
 * text is saved as `evil.txt`, never as a page a browser would run from disk.
 */
const EXTENSIONS: Record<string, readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg', 'jpe'],
  'image/gif': ['gif'],
  'image/webp': ['webp'],
  // Office Open XML and OpenDocument files are zip archives too.
  'application/zip': ['zip', 'odt', 'ods', 'odp', 'odg', 'epub'],
  'application/msword': ['doc', 'dot'],
  'application/vnd.ms-excel': ['xls', 'xlt'],
  'application/vnd.ms-powerpoint': ['ppt', 'pps', 'pot'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['pptx'],
  [TEXT_PLAIN]: ['txt', 'csv', 'log', 'md'],
};

/**
 * An unknown binary (application/octet-stream) keeps its own extension (an archive, a drawing) unless it is one a browser
 * renders or the system runs; then it becomes `.bin`.
 */
const RUNNABLE = new Set(
  'htm html xhtml shtml mht mhtml svg svgz xml xsl xslt js mjs cjs jse vbs vbe wsf wsh hta exe com bat cmd scr pif cpl msi msp ps1 psm1 reg lnk url jar swf sh app dmg apk'.split(' '),
);

export function downloadName(name: string, contentType: string): string {
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const allowed = EXTENSIONS[contentType];
  if (allowed) return allowed.includes(extension) ? name : `${stem}.${allowed[0]}`;
  return RUNNABLE.has(extension) ? `${stem}.bin` : name;
}
