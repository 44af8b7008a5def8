import { z } from 'zod';
import { idField } from '@/lib/ids';
import { LIMITS } from './limits';

export { LIMITS };


function text(max: number) {
  return z.string('required').trim().min(1, 'required').max(max, 'too_long');
}

export const newsSchema = z.object({ orgId: idField, title: text(LIMITS.newsTitle), body: text(LIMITS.newsBody) });
export const newsUpdateSchema = newsSchema.extend({ newsId: idField });
export const newsDeleteSchema = z.object({ orgId: idField, newsId: idField });

export const wallPostSchema = z.object({ orgId: idField, body: text(LIMITS.wallPost) });
export const wallRemoveSchema = z.object({ orgId: idField, postId: idField });

/** The body is HTML; it is sanitised on the server before it is stored. */
export const pageSchema = z.object({ orgId: idField, title: text(LIMITS.pageTitle), body: text(LIMITS.pageBody) });
export const pageUpdateSchema = pageSchema.extend({ pageId: idField });
export const pageDeleteSchema = z.object({ orgId: idField, pageId: idField });

export type NewsInput = z.infer<typeof newsSchema>;
export type WallPostInput = z.infer<typeof wallPostSchema>;
export type PageInput = z.infer<typeof pageSchema>;
