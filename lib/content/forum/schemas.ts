import { z } from 'zod';
import { idField } from '@/lib/ids';
import { FORUM_DESCRIPTION_MAX, FORUM_POST_MAX, FORUM_TITLE_MAX } from './limits';

const id = idField;
const title = z.string().trim().min(1, 'required').max(FORUM_TITLE_MAX, 'Forum.title_too_long');
const body = z.string().trim().min(1, 'required').max(FORUM_POST_MAX, 'Forum.post_too_long');
const description = z.string().trim().max(FORUM_DESCRIPTION_MAX, 'Forum.description_too_long').default('');
/** A hidden field saying which way a switch goes ('true' / 'false'). */
const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const createForumSchema = z.object({ orgId: idField, title, description });
export const updateForumSchema = z.object({ orgId: idField, forumId: id, title, description });
export const deleteForumSchema = z.object({ orgId: idField, forumId: id });

export const createTopicSchema = z.object({ orgId: idField, forumId: id, title, body });
export const updateTopicSchema = z.object({ orgId: idField, topicId: id, title });
export const setTopicFlagSchema = z.object({ orgId: idField, topicId: id, value: flag });
export const deleteTopicSchema = z.object({ orgId: idField, topicId: id });

export const createPostSchema = z.object({ orgId: idField, topicId: id, body });
export const updatePostSchema = z.object({ orgId: idField, postId: id, body });
export const deletePostSchema = z.object({ orgId: idField, postId: id });

export type CreateForumInput = z.infer<typeof createForumSchema>;
export type UpdateForumInput = z.infer<typeof updateForumSchema>;
export type DeleteForumInput = z.infer<typeof deleteForumSchema>;
export type CreateTopicInput = z.infer<typeof createTopicSchema>;
export type UpdateTopicInput = z.infer<typeof updateTopicSchema>;
export type SetTopicFlagInput = z.infer<typeof setTopicFlagSchema>;
export type DeleteTopicInput = z.infer<typeof deleteTopicSchema>;
export type CreatePostInput = z.infer<typeof createPostSchema>;
export type UpdatePostInput = z.infer<typeof updatePostSchema>;
export type DeletePostInput = z.infer<typeof deletePostSchema>;
