import 'next-auth';
import 'next-auth/jwt';

declare module 'next-auth' {
  interface Session {
    user?: { id?: number; sessionVersion?: number; name?: string | null; email?: string | null; image?: string | null };
  }
  interface User {
    sessionVersion?: number;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid?: number;
    /** users.session_version when the session was opened (lib/auth/sessions.ts). */
    sv?: number;
  }
}
