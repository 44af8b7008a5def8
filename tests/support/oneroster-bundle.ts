import { zipToBuffer } from '../../lib/zip/write';

/** Small OneRoster bundles for tests: rows as objects, a header from their keys, a manifest listing the files. */

export type Rows = Array<Record<string, string>>;

function csv(rows: Rows): string {
  const header = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const q = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [header.join(','), ...rows.map((r) => header.map((h) => q(r[h] ?? '')).join(','))].join('\r\n') + '\r\n';
}

export async function makeBundle(files: Record<string, Rows>, options: { mode?: 'bulk' | 'delta'; manifest?: string | null; raw?: Record<string, string | Uint8Array> } = {}): Promise<Buffer> {
  const entries: Array<{ name: string; content: string | Uint8Array }> = Object.entries(files).map(([name, rows]) => ({ name: `${name}.csv`, content: csv(rows) }));
  for (const [name, content] of Object.entries(options.raw ?? {})) entries.push({ name, content });
  if (options.manifest !== null) {
    const listed = new Set([...Object.keys(files), ...Object.keys(options.raw ?? {}).map((n) => n.replace(/\.csv$/, ''))]);
    const names = ['academicSessions', 'categories', 'classes', 'courses', 'demographics', 'enrollments', 'lineItems', 'orgs', 'results', 'roles', 'users'];
    entries.push({
      name: 'manifest.csv',
      content:
        options.manifest ??
        ['propertyName,value', 'manifest.version,1.0', 'oneroster.version,1.2', ...names.map((n) => `file.${n},${listed.has(n) ? (options.mode ?? 'bulk') : 'absent'}`), 'source.systemName,test', 'source.systemCode,t'].join('\n'),
    });
  }
  return zipToBuffer(entries);
}
