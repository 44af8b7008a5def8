/** Types of tag-expiry.mjs (plain JavaScript, loaded by Next's cache handlers at run time). */
import type { CacheHandler } from 'next/dist/server/lib/cache-handlers/types';

export function isExpired(expiredAt: Array<string | number | null | undefined>, lastModified: number, now: number): boolean;
export function performanceAhead(): number;
export function expireHere(tags: string | string[], durations?: { expire?: number }): void;
export function hiddenHere(tags: string[], madeAt: number): boolean;
export function followingExpiriesHere(inner: CacheHandler): CacheHandler;
