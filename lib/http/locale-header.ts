import type { IncomingMessage } from 'node:http';
import { pathLocale } from '../i18n/locales';

/**
 * The request header next-intl reads the language from (getLocale, getTranslations without a
 * locale: page metadata, server actions' redirects). Its proxy (proxy.ts) writes it; the app
 * server writes it first for an address that starts with a language, and proxy.ts then does not
 * run (`missing` in its matcher). Plain Node: server.ts loads it outside Next's bundle.
 *
 * Why: for such an address the proxy only copied the language from the path into this header,
 * yet Next ran it as a separate step of every page and action — ≈ 0.7–1 ms of a signed-in page
 * of 10–16 ms (issue 13, alternating requests against the build with the proxy).
 * tests/unit/locale-header.test.ts checks the name against next-intl's own and proxy.ts's.
 */
export const LOCALE_HEADER = 'x-next-intl-locale';

/** Writes the address's language into the header, or removes a header a client sent where the address names none. */
export function stampLocale(req: IncomingMessage): void {
  const locale = pathLocale(req.url ?? '/');
  if (locale) req.headers[LOCALE_HEADER] = locale;
  else delete req.headers[LOCALE_HEADER];
}
