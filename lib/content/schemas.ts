import { z } from 'zod';
import { orgIdField } from '@/lib/action-core';
import { LIMITS } from './limits';

export { LIMITS };

/** A row id from a form: a positive int4, anything else is 'invalid' (never a database error). */
export const entityId = z.coerce.number('invalid').int('invalid').positive('invalid').max(2_147_483_647, 'invalid');

function text(max: number) {
  return z.string('required').trim().min(1, 'required').max(max, 'too_long');
}

export const newsSchema = z.object({ orgId: orgIdField, title: text(LIMITS.newsTitle), body: text(LIMITS.newsBody) });
export const newsUpdateSchema = newsSchema.extend({ newsId: entityId });
export const newsDeleteSchema = z.object({ orgId: orgIdField, newsId: entityId });

export const wallPostSchema = z.object({ orgId: orgIdField, body: text(LIMITS.wallPost) });
export const wallRemoveSchema = z.object({ orgId: orgIdField, postId: entityId });

/** The body is HTML; it is sanitised on the server before it is stored. */
export const pageSchema = z.object({ orgId: orgIdField, title: text(LIMITS.pageTitle), body: text(LIMITS.pageBody) });
export const pageUpdateSchema = pageSchema.extend({ pageId: entityId });
export const pageDeleteSchema = z.object({ orgId: orgIdField, pageId: entityId });

export type NewsInput = z.infer<typeof newsSchema>;
export type WallPostInput = z.infer<typeof wallPostSchema>;
export type PageInput = z.infer<typeof pageSchema>;
