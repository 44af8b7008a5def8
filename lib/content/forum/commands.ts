import { command } from '@/lib/command';
import { createPost, deletePost, updatePost } from './post-writes';
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
} from './schemas';
import { createForum, createTopic, deleteForum, deleteTopic, setTopicClosed, setTopicPinned, updateForum, updateTopic } from './writes';

/**
 * The Forum tab's writes (F-2.5), each with the rule of `can` the runner decides on the
 * organisation's forum settings before any work (see lib/content/forum/rules.ts).
 */
/** The public site's forum pages show them. */
const forumTab = { expires: ['forum' as const] };

export const forumCommands = {
  createForum: command(createForumSchema, 'org.forum.manage', (db, input, { user }) => createForum(db, user, input), forumTab),
  updateForum: command(updateForumSchema, 'org.forum.manage', (db, input, { user }) => updateForum(db, user, input), forumTab),
  deleteForum: command(deleteForumSchema, 'org.forum.manage', (db, input, { user }) => deleteForum(db, user, input), forumTab),

  createTopic: command(createTopicSchema, 'org.forum.topic.open', (db, input, { user }) => createTopic(db, user, input), forumTab),
  updateTopic: command(updateTopicSchema, 'org.forum.topic.moderate', (db, input, ctx) => updateTopic(db, ctx, input), forumTab),
  setTopicPinned: command(setTopicFlagSchema, 'org.forum.topic.moderate', (db, input, ctx) => setTopicPinned(db, ctx, input), forumTab),
  setTopicClosed: command(setTopicFlagSchema, 'org.forum.topic.moderate', (db, input, ctx) => setTopicClosed(db, ctx, input), forumTab),
  deleteTopic: command(deleteTopicSchema, 'org.forum.topic.moderate', (db, input, ctx) => deleteTopic(db, ctx, input), forumTab),

  createPost: command(createPostSchema, 'org.forum.post.create', (db, input, ctx) => createPost(db, ctx, input), forumTab),
  updatePost: command(updatePostSchema, 'org.forum.post.edit', (db, input, ctx) => updatePost(db, ctx, input), forumTab),
  deletePost: command(deletePostSchema, 'org.forum.post.delete', (db, input, ctx) => deletePost(db, ctx, input), forumTab),
};
