/** Types of redis-tags.mjs (plain JavaScript, loaded by Next's cache handlers at run time). */
import type { RedisConnection } from './redis-connection.mjs';

export const TAGS_KEY: string;
export function hiddenByTags(redis: RedisConnection, tags: string[], madeAt: number): Promise<boolean>;
export function expireTags(redis: RedisConnection, tags: string[]): Promise<void>;
export function flushPending(redis: RedisConnection): Promise<void>;
