/**
 * What a browser asks the server for when a signed-in user clicks through the app, for the
 * signed-in bench's closed loop (signed-in.ts): a visit starts with a document (the address typed,
 * or the link of a notification's e-mail), and each click on a NavLink after it is the router's
 * soft navigation (components/layout/soft-navigation.tsx) — one request for the new page's
 * server-component payload, with the prefetch a mouse's hover sends before it (a finger's tap sends
 * none). Next's own protocol (its headers, the `_rsc` digest of them, the router's state) is not
 * written here: Debian's Chromium clicks once through each kind of user's pages and its requests
 * are recorded, to be sent again with every user's own session.
 */
import { chromium, type Request } from '@playwright/test';
import { ensureDebianProgram } from '../../support/debian-program';

/** One request of a visit: a document, a click's navigation, or the prefetch of a hover. */
export type VisitRequest = { path: string; kind: 'document' | 'navigation' | 'prefetch'; headers: Record<string, string> };

/** How the user points: admins and staff at a desk with a mouse, teachers and parents on a phone. */
export type Pointer = 'mouse' | 'touch';

/** Headers of the browser itself, not of the app's protocol: left to the load's own client. */
const BROWSER_HEADERS = /^(user-agent|sec-ch-|referer$|accept-language$|accept-encoding$|cookie$)/;

function protocolHeaders(request: Request): Record<string, string> {
  return Object.fromEntries(Object.entries(request.headers()).filter(([name]) => !BROWSER_HEADERS.test(name)));
}

/**
 * The requests of one visit through `pages` (paths under `origin`), as `pointer` makes them, with
 * the session `cookie` (`name=value; …`). Throws when a click is not a soft navigation answered
 * with 200 — the loop would then measure something users do not.
 */
export async function recordVisit(origin: string, cookie: string, pages: string[], pointer: Pointer): Promise<VisitRequest[]> {
  const browser = await chromium.launch({ executablePath: ensureDebianProgram('chromium', 'chromium'), args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const context = await browser.newContext(pointer === 'touch' ? { hasTouch: true, viewport: { width: 390, height: 844 } } : {});
    await context.addCookies(
      cookie.split('; ').map((pair) => ({ name: pair.slice(0, pair.indexOf('=')), value: pair.slice(pair.indexOf('=') + 1), url: origin })),
    );
    const page = await context.newPage();
    const visit: VisitRequest[] = [{ path: pages[0]!, kind: 'document', headers: { accept: 'text/html' } }];
    const first = await page.goto(`${origin}${pages[0]}`);
    if (first?.status() !== 200) throw new Error(`${pages[0]}: ${first?.status()}`);
    await page.waitForLoadState('networkidle');
    for (const next of pages.slice(1)) {
      const sent: Request[] = [];
      const record = (request: Request) => void (request.headers().rsc === '1' && sent.push(request));
      page.on('request', record);
      // A link to the next page, as a NavLink renders it, pointed at and clicked as the user would.
      const link = await page.evaluateHandle((href) => {
        const a = document.createElement('a');
        a.href = href;
        a.dataset.softNav = '';
        a.textContent = 'next';
        a.style.cssText = 'position:fixed;top:40%;left:40%;z-index:99999;padding:1rem;background:#fff';
        document.body.append(a);
        return a;
      }, next);
      if (pointer === 'mouse') {
        await link.asElement()!.hover();
        await page.waitForLoadState('networkidle');
        await link.asElement()!.click();
      } else await link.asElement()!.tap();
      await page.waitForURL(`${origin}${next}`);
      await page.waitForLoadState('networkidle');
      page.off('request', record);
      const click: VisitRequest[] = [];
      for (const request of sent) {
        const answer = await request.response();
        if (answer?.status() !== 200) throw new Error(`${next}: the click's request ${request.url()} was answered ${answer?.status()}`);
        const url = new URL(request.url());
        click.push({ path: `${url.pathname}${url.search}`, kind: request.headers()['next-router-prefetch'] ? 'prefetch' : 'navigation', headers: protocolHeaders(request) });
      }
      if (!click.some((r) => r.kind === 'navigation' && new URL(r.path, origin).pathname === new URL(next, origin).pathname)) throw new Error(`${next}: the click made no soft navigation`);
      visit.push(...click);
    }
    return visit;
  } finally {
    await browser.close();
  }
}
