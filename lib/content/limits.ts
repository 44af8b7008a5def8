/** Limits shared by the forms (maxLength) and the actions (zod); no imports, so forms stay light. */
export const LIMITS = {
  newsTitle: 200,
  newsBody: 20_000,
  wallPost: 2_000,
  pageTitle: 200,
  pageBody: 100_000,
} as const;
