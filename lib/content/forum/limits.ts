/**
 * Limits of the forum's texts (F-2.5) — the schemas check them, the forms use them as maxLength —
 * and the page size. Apart from the schemas so readers and forms need no schema (nor its message keys).
 */
export const FORUM_TITLE_MAX = 200;
export const FORUM_DESCRIPTION_MAX = 1000;
export const FORUM_POST_MAX = 10_000;
/** Topics and posts per page. */
export const FORUM_PAGE_SIZE = 20;
