'use server';

import { commandAction } from '@/lib/command-action';
import { forumCommands } from './forum-commands';

/** The Forum tab's server actions: `can` decides each rule on the forum settings, then the work. */

export const createForumAction = commandAction(forumCommands.createForum, 'forum');
export const updateForumAction = commandAction(forumCommands.updateForum, 'forum');
export const deleteForumAction = commandAction(forumCommands.deleteForum, 'forum');

export const createTopicAction = commandAction(forumCommands.createTopic, 'forum');
export const updateTopicAction = commandAction(forumCommands.updateTopic, 'forum');
export const setTopicPinnedAction = commandAction(forumCommands.setTopicPinned, 'forum');
export const setTopicClosedAction = commandAction(forumCommands.setTopicClosed, 'forum');
export const deleteTopicAction = commandAction(forumCommands.deleteTopic, 'forum');

export const createPostAction = commandAction(forumCommands.createPost, 'forum');
export const updatePostAction = commandAction(forumCommands.updatePost, 'forum');
export const deletePostAction = commandAction(forumCommands.deletePost, 'forum');
