/** Types of use-cache-life.mjs (plain JavaScript, shared with Next's cache handlers). */
import type { CacheHandler } from 'next/dist/server/lib/cache-handlers/types';

export const FOUND_LIFE: { revalidate: number; expire: number };
export const ABSENT_LIFE: { revalidate: number; expire: number };
export function isKept(entry: { expire: number }): boolean;
export function keepingFoundOnly(inner: CacheHandler): CacheHandler;
