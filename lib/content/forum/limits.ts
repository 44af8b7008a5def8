/**
 * Limits of the forum's texts (F-2.5) — the schemas check them, the forms use them as maxLength —
 * and the page size. Apart from the schemas so readers and forms need no schema (nor its message keys).
 */
export const FORUM_TITLE_MAX = 200;
export const FORUM_DESCRIPTION_MAX = 1000;
export const FORUM_POST_MAX = 10_000;
/** Topics per page of a forum. */
export const FORUM_TOPICS_PAGE_SIZE = 20;
/**
 * Posts per page of a topic: a post is a few paragraphs, each page sends its text twice (the
 * HTML and the React payload), and 20 of them took a thread's page to 96 KB (issue 13: ≤ 60 KB).
 */
export const FORUM_POSTS_PAGE_SIZE = 10;
