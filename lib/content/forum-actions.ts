'use server';

import { getDb } from '@/db';
import { action } from '@/lib/action';
import { invalidateOrg } from '@/lib/cache';
import { createPost, deletePost, updatePost } from './forum-post-writes';
import {
  createForumSchema,
  createPostSchema,
  createTopicSchema,
  deleteForumSchema,
  deletePostSchema,
  deleteTopicSchema,
  setTopicFlagSchema,
  updateForumSchema,
  updatePostSchema,
  updateTopicSchema,
} from './forum-schemas';
import { createForum, createTopic, deleteForum, deleteTopic, setTopicClosed, setTopicPinned, updateForum, updateTopic } from './forum-writes';

/**
 * The Forum tab's server actions. 'org.view' only says "signed in and the organisation exists";
 * the forum rules (visibility, moderators, closed topics, authorship) are checked inside each
 * write against the settings as stored now.
 */

function afterWrite<T>(orgId: number, result: T): T {
  invalidateOrg(orgId, 'forum');
  return result;
}

export const createForumAction = action(createForumSchema, 'org.view', async (input, { user }) => afterWrite(input.orgId, await createForum(getDb(), user, input)));
export const updateForumAction = action(updateForumSchema, 'org.view', async (input, { user }) => afterWrite(input.orgId, await updateForum(getDb(), user, input)));
export const deleteForumAction = action(deleteForumSchema, 'org.view', async (input, { user }) => afterWrite(input.orgId, await deleteForum(getDb(), user, input)));

export const createTopicAction = action(createTopicSchema, 'org.view', async (input, { user }) => afterWrite(input.orgId, await createTopic(getDb(), user, input)));
export const updateTopicAction = action(updateTopicSchema, 'org.view', async (input, { user }) => afterWrite(input.orgId, await updateTopic(getDb(), user, input)));
export const setTopicPinnedAction = action(setTopicFlagSchema, 'org.view', async (input, { user }) => afterWrite(input.orgId, await setTopicPinned(getDb(), user, input)));
export const setTopicClosedAction = action(setTopicFlagSchema, 'org.view', async (input, { user }) => afterWrite(input.orgId, await setTopicClosed(getDb(), user, input)));
export const deleteTopicAction = action(deleteTopicSchema, 'org.view', async (input, { user }) => afterWrite(input.orgId, await deleteTopic(getDb(), user, input)));

export const createPostAction = action(createPostSchema, 'org.view', async (input, { user }) => afterWrite(input.orgId, await createPost(getDb(), user, input)));
export const updatePostAction = action(updatePostSchema, 'org.view', async (input, { user }) => afterWrite(input.orgId, await updatePost(getDb(), user, input)));
export const deletePostAction = action(deletePostSchema, 'org.view', async (input, { user }) => afterWrite(input.orgId, await deletePost(getDb(), user, input)));
