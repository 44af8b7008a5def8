/**
 * The Content-Security-Policy of every answer (issue 11 item 10). Scripts run by nonce or by hash,
 * never by 'unsafe-inline'; no page may be framed.
 *
 * - A page Next renders per request carries a fresh nonce: the app server (lib/security/
 *   security-headers.ts) puts it in the request's CSP header, where Next reads it and stamps it on
 *   every script it writes. 'strict-dynamic' lets those scripts load Next's chunks.
 * - A static page (the public site, Next's prerendered 404) was rendered once for everybody, so
 *   it cannot carry a per-request nonce: its inline scripts are allowed by their SHA-256, computed
 *   once per stored copy (the front cache keeps the policy with the page). Only the inline
 *   scripts Next itself writes are hashed — data pushed into Next's queues, checked to be plain
 *   JSON — so a <script> smuggled into content would still be refused.
 * - Styles: React writes `style` attributes (recharts' SVG, chart sizes) and Next may inline
 *   <style>; attributes cannot carry a nonce, so style-src keeps 'unsafe-inline'. Styles cannot
 *   run code.
 *
 * Plain Node (no Next imports): server.ts and the front cache load it outside Next's bundle.
 */
import { createHash } from 'node:crypto';

export const CSP_HEADER = 'Content-Security-Policy';

const DOCUMENT_DIRECTIVES = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

function documentPolicy(scriptSources: string[]): string {
  return [`script-src 'self' ${scriptSources.join(' ')}`.trimEnd(), ...DOCUMENT_DIRECTIVES].join('; ');
}

/** A page rendered for this request: Next stamps `nonce` on each of its scripts. */
export function noncePolicy(nonce: string): string {
  return documentPolicy([`'nonce-${nonce}'`, "'strict-dynamic'"]);
}

/** A stored page: its own inline scripts by hash (computed from the bytes sent). */
export function staticPagePolicy(html: string): string {
  return documentPolicy(nextInlineScriptHashes(html));
}

/** Anything but a page (JSON, files, images, chunks): loads nothing, framed by nobody. */
export const RESOURCE_POLICY = "default-src 'none'; img-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const NEXT_FLIGHT_START = '(self.__next_f=self.__next_f||[]).push([0])';
const NEXT_FLIGHT_PUSH = /^self\.__next_f\.push\((\[[\s\S]*\])\);?$/;
const TURBOPACK_CHUNKS = /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\((\{[\s\S]*\})\);?$/;

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Whether an inline script is one Next writes: a call that only hands JSON data to Next. */
function isNextDataScript(code: string): boolean {
  if (code === NEXT_FLIGHT_START) return true;
  const data = NEXT_FLIGHT_PUSH.exec(code)?.[1] ?? TURBOPACK_CHUNKS.exec(code)?.[1];
  return data !== undefined && isJson(data);
}

/** The CSP hash sources of Next's inline scripts in a page, each once. */
export function nextInlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes, code] of html.matchAll(INLINE_SCRIPT)) {
    if (!code || /\bsrc\s*=/i.test(attributes ?? '') || !isNextDataScript(code)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}
