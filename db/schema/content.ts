import { type AnyPgColumn, bigint, boolean, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { organizations } from './organizations';
import { users } from './people';

/** News of the Page tab (F-2.1): editors and admins write them; newest first. */
export const news = pgTable(
  'news',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    organizationId: integer()
      .notNull()
      .references(() => organizations.id),
    title: text().notNull(),
    /** Plain text, shown as text. */
    body: text().notNull(),
    authorUserId: integer().references(() => users.id),
    publishedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('news_org_published_idx').on(t.organizationId, t.publishedAt)],
);

/** The message wall: members post, moderators remove (kept, marked removed). */
export const wallPosts = pgTable(
  'wall_posts',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    organizationId: integer()
      .notNull()
      .references(() => organizations.id),
    authorUserId: integer()
      .notNull()
      .references(() => users.id),
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    removedAt: timestamp({ withTimezone: true }),
    removedByUserId: integer().references(() => users.id),
  },
  (t) => [index('wall_posts_org_created_idx').on(t.organizationId, t.createdAt)],
);

/** Interactive pages: admins write rich text, sanitised on the server before it is stored. */
export const interactivePages = pgTable(
  'interactive_pages',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    organizationId: integer()
      .notNull()
      .references(() => organizations.id),
    title: text().notNull(),
    /** Sanitised HTML (sanitize-html allow-list); never stored unsanitised. What readers see. */
    bodyHtml: text().notNull(),
    /**
     * The Markdown the admin wrote, rendered into bodyHtml on save. null: a page written before
     * Markdown, whose bodyHtml is shown as it always was (lib/content/page-body.ts).
     */
    bodyMarkdown: text(),
    sortOrder: integer().notNull().default(0),
    authorUserId: integer().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('interactive_pages_org_idx').on(t.organizationId)],
);

/** Documents tab (F-2.4): nested folders; deleting puts a folder in the bin (restorable). */
export const documentFolders = pgTable(
  'document_folders',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    organizationId: integer()
      .notNull()
      .references(() => organizations.id),
    parentId: integer().references((): AnyPgColumn => documentFolders.id),
    name: text().notNull(),
    createdByUserId: integer().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp({ withTimezone: true }),
    deletedByUserId: integer().references(() => users.id),
  },
  (t) => [index('document_folders_org_parent_idx').on(t.organizationId, t.parentId)],
);

export const documents = pgTable(
  'documents',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    organizationId: integer()
      .notNull()
      .references(() => organizations.id),
    /** null: the root folder. */
    folderId: integer().references(() => documentFolders.id),
    name: text().notNull(),
    /** Key in lib/storage (local disk or uploadthing). */
    storageKey: text().notNull(),
    /** Detected from the content, not the file name. */
    mimeType: text().notNull(),
    sizeBytes: bigint({ mode: 'number' }).notNull(),
    /** Public documents can be downloaded by anyone, signed in or not. */
    isPublic: boolean().notNull().default(true),
    uploadedByUserId: integer().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp({ withTimezone: true }),
    deletedByUserId: integer().references(() => users.id),
  },
  (t) => [index('documents_org_folder_idx').on(t.organizationId, t.folderId), index('documents_org_created_idx').on(t.organizationId, t.createdAt)],
);

/** Forum tab (F-2.5): forums → topics → posts. */
export const forums = pgTable(
  'forums',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    organizationId: integer()
      .notNull()
      .references(() => organizations.id),
    title: text().notNull(),
    description: text().notNull().default(''),
    sortOrder: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('forums_org_idx').on(t.organizationId)],
);

export const forumTopics = pgTable(
  'forum_topics',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    forumId: integer()
      .notNull()
      .references(() => forums.id),
    title: text().notNull(),
    authorUserId: integer()
      .notNull()
      .references(() => users.id),
    pinned: boolean().notNull().default(false),
    closed: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastPostAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('forum_topics_forum_idx').on(t.forumId, t.pinned, t.lastPostAt)],
);

export const forumPosts = pgTable(
  'forum_posts',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    topicId: integer()
      .notNull()
      .references(() => forumTopics.id),
    authorUserId: integer()
      .notNull()
      .references(() => users.id),
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    editedAt: timestamp({ withTimezone: true }),
    deletedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('forum_posts_topic_idx').on(t.topicId, t.createdAt)],
);

export type News = typeof news.$inferSelect;
export type WallPost = typeof wallPosts.$inferSelect;
export type InteractivePage = typeof interactivePages.$inferSelect;
export type DocumentFolder = typeof documentFolders.$inferSelect;
export type Document = typeof documents.$inferSelect;
export type Forum = typeof forums.$inferSelect;
export type ForumTopic = typeof forumTopics.$inferSelect;
export type ForumPost = typeof forumPosts.$inferSelect;
