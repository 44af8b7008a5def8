/** Types of redis-connection.mjs (plain JavaScript, shared with Next's cache handler). */
import type { RedisClientType } from '@redis/client';

export type RedisConnection = { text: RedisClientType; bytes: RedisClientType };

export function sharedRedis(): RedisConnection;
export function connect(url: string | undefined): RedisConnection;
