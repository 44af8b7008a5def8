/** A plain walk of the project's own imports ('@/…' and relative), for tests about what a route pulls in. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '../..');

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith('@/') ? path.join(projectRoot, spec.slice(2)) : spec.startsWith('.') ? path.resolve(path.dirname(from), spec) : null;
  if (!base) return null;
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')];
  return candidates.find((c) => /\.tsx?$/.test(c) && existsSync(c) && statSync(c).isFile()) ?? null;
}

export function directImports(file: string): string[] {
  // Type-only imports are erased when compiled: they bring no code (and no message keys) along.
  const source = readFileSync(file, 'utf8').replace(/^\s*(?:import|export)\s+type\s[^;]*?from\s*'[^']+';?/gm, '');
  return [...source.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => resolveImport(file, m[1]!)).filter((f): f is string => f !== null);
}

/** Every project file reachable from the entries, the entries included. */
export function reachableFiles(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...entries];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...directImports(file));
  }
  return seen;
}

export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? filesUnder(path.join(dir, d.name)) : /\.tsx?$/.test(d.name) ? [path.join(dir, d.name)] : []));
}

export const isClientFile = (file: string) => /^['"]use client['"]/.test(readFileSync(file, 'utf8'));
