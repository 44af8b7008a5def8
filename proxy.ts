import createMiddleware from 'next-intl/middleware';
import { routing } from './lib/i18n/routing';

// Locale prefix only: `/` → `/kk`. Sessions and permissions are checked by each page and action.
export default createMiddleware(routing);

// The public site (/{locale}/site/…) already carries its locale and is served from the cache:
// it skips the proxy to keep that path short. So does every address that starts with a language
// when the app server (server.ts) has already written that language into next-intl's header
// (lib/http/locale-header.ts); under `next dev` the proxy writes it.
export const config = {
  matcher: [
    {
      source: '/((?!api|_next|_vercel|(?:kk|ru|en)/site(?:/|$)|.*\\..*).*)',
      missing: [{ type: 'header', key: 'x-next-intl-locale' }],
    },
  ],
};
