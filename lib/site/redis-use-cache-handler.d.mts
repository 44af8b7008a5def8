/** Types of redis-use-cache-handler.mjs (plain JavaScript, loaded by Next at run time). */
import type { CacheHandler } from 'next/dist/server/lib/cache-handlers/types';
import type { RedisConnection } from './redis-connection.mjs';

export const PREFIX: string;
export function createRedisUseCacheHandler(redis?: RedisConnection): CacheHandler;
