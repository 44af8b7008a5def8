/** Types of redis-cache-handler.mjs (plain JavaScript, loaded by Next at run time). */
export const ENTRY_TTL_S: number;

export default class RedisCacheHandler {
  constructor(ctx: { serverDistDir: string; revalidatedTags?: string[] });
  get(key: string, ctx: Record<string, unknown>): Promise<{ value: unknown; lastModified: number; cacheControl?: unknown } | null>;
  set(key: string, data: unknown, ctx: Record<string, unknown>): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  resetRequestCache(): void;
}
