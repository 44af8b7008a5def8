/** Types of use-cache-handler.mjs (plain JavaScript, loaded by Next at run time). */
import type { CacheHandler } from 'next/dist/server/lib/cache-handlers/types';

export function createLocalUseCacheHandler(maxBytes?: number): CacheHandler;
declare const handler: CacheHandler;
export default handler;
