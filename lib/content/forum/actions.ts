'use server';

import { serverAction } from '@/lib/server-action';
import { forumCommands } from './commands';

/** The Forum tab's server actions: `can` decides each rule on the forum settings, then the work. */

export const createForumAction = serverAction(forumCommands.createForum);
export const updateForumAction = serverAction(forumCommands.updateForum);
export const deleteForumAction = serverAction(forumCommands.deleteForum);

export const createTopicAction = serverAction(forumCommands.createTopic);
export const updateTopicAction = serverAction(forumCommands.updateTopic);
export const setTopicPinnedAction = serverAction(forumCommands.setTopicPinned);
export const setTopicClosedAction = serverAction(forumCommands.setTopicClosed);
export const deleteTopicAction = serverAction(forumCommands.deleteTopic);

export const createPostAction = serverAction(forumCommands.createPost);
export const updatePostAction = serverAction(forumCommands.updatePost);
export const deletePostAction = serverAction(forumCommands.deletePost);
