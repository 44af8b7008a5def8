/**
 * The demo accounts every seeded database has. Dependency-free: the start script prints it.
 * Every seeded user (these and the generated `user…` logins) has the same password.
 */
export const DEMO_PASSWORD = 'kundelik-demo';

export type DemoLogin = { login: string; description: string };

export const DEMO_LOGINS: readonly DemoLogin[] = [
  { login: 'admin', description: 'Authority employee with the admin, moderator and editor rights' },
  { login: 'staff', description: 'Authority employee without extra rights' },
  { login: 'teacher', description: 'Teacher of the first subordinate school (with a qualification category)' },
  { login: 'parent', description: 'Parent of two students of the first subordinate school' },
];
