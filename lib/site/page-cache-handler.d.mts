/** Types of page-cache-handler.mjs (plain JavaScript, loaded by Next at run time). */
export function isUnfoundPage(data: unknown): boolean;

export default class PageCacheHandler {
  constructor(ctx: { fs: unknown; serverDistDir: string; flushToDisk?: boolean; maxMemoryCacheSize?: number; revalidatedTags: string[]; dev?: boolean });
  get(key: string, ctx: Record<string, unknown>): Promise<{ value: unknown; lastModified: number } | null>;
  set(key: string, data: unknown, ctx: Record<string, unknown>): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
}

export function forgetLifetime(key: string): void;
