import createMiddleware from 'next-intl/middleware';
import { routing } from './lib/i18n/routing';

// Locale prefix only: `/` → `/kk`. Sessions and permissions are checked by each page and action.
export default createMiddleware(routing);

export const config = {
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)'],
};
