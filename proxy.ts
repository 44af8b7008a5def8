import createMiddleware from 'next-intl/middleware';
import { routing } from './lib/i18n/routing';

// Locale prefix only: `/` → `/kk`. Sessions and permissions are checked by each page and action.
export default createMiddleware(routing);

// The public site (/{locale}/site/…) already carries its locale and is served from the cache:
// it skips the proxy to keep that path short.
export const config = {
  matcher: ['/((?!api|_next|_vercel|(?:kk|ru|en)/site(?:/|$)|.*\\..*).*)'],
};
