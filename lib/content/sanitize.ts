import sanitizeHtml from 'sanitize-html';
import { documentFileUrl } from './documents/files';

/**
 * Rich text of interactive pages: the only HTML a user can put on the portal. Whatever arrives,
 * only this allow-list survives — no script, no event handler, no style, no embedded content,
 * links only to http, https and mailto addresses or to a file of the organisation's own
 * Documents, and images only from those files.
 */
const ALLOWED_TAGS = [
  'p',
  'br',
  'strong',
  'em',
  'u',
  's',
  'h2',
  'h3',
  'h4',
  'ul',
  'ol',
  'li',
  'a',
  'blockquote',
  'hr',
  'img',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
];

const SAFE_HREF = /^(https?:\/\/|mailto:)/i;

const FILE_PATH = /^\/api\/files\/(\d{1,10})\/?$/;
const BASE = 'http://portal.invalid';

/**
 * The document an address points at, if it is a file address of the portal: relative, or on
 * any host (the portal's own name is not known here, so every host counts; fail closed).
 * 'none' when it is no file address at all; null for a file address that names no id.
 */
export function documentIdOf(href: string): number | null | 'none' {
  let url: URL;
  if (URL.canParse(href)) url = new URL(href);
  else if (href.startsWith('/') && URL.canParse(href, BASE)) url = new URL(href, BASE);
  else return 'none';
  // Percent-escapes and doubled slashes reach the same route, so they are undone first.
  let path = url.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: the path is compared as written.
  }
  path = path.replace(/\/{2,}/g, '/').toLowerCase();
  if (!path.startsWith('/api/files')) return 'none';
  const match = FILE_PATH.exec(path);
  return match ? Number(match[1]) : null;
}

// Text inside these is dropped too, not shown as text.
const NON_TEXT_TAGS = ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'template', 'svg', 'math', 'title', 'xmp', 'noembed', 'noframes', 'plaintext'];

/**
 * The file addresses of a text's links and images, read as the sanitiser reads them (entities
 * decoded): a document id each, or null for a file address that names none. The caller checks
 * the ids against the organisation before sanitising.
 */
export function fileAddressesIn(html: string): (number | null)[] {
  const found: (number | null)[] = [];
  const collect = (tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag => {
    for (const value of [attribs.href, attribs.src]) {
      const id = value === undefined ? 'none' : documentIdOf(normalisedHref(value));
      if (id !== 'none') found.push(id);
    }
    return { tagName, attribs };
  };
  sanitizeHtml(html, { allowedTags: ['a', 'img'], allowedAttributes: { a: ['href'], img: ['src'] }, nonTextTags: NON_TEXT_TAGS, transformTags: { a: collect, img: collect } });
  return found;
}

export type RichTextContext = {
  /** Ids of the organisation's own documents that the text may show or link to; all others are dropped. */
  ownDocuments?: ReadonlySet<number>;
};

/** Browsers ignore control characters and spaces inside a scheme ("java\tscript:"); so do we. */
function normalisedHref(href: string): string {
  return href.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
}

const NO_ATTRIBUTES = {} as sanitizeHtml.Attributes;

/** An own document's address, or undefined: another organisation's file or a malformed one. */
function ownFile(address: string, ownDocuments: ReadonlySet<number>): string | undefined {
  const id = documentIdOf(address);
  return typeof id === 'number' && ownDocuments.has(id) ? documentFileUrl(id) : undefined;
}

const optionsFor = (ownDocuments: ReadonlySet<number>): sanitizeHtml.IOptions => ({
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: { a: ['href', 'rel'], img: ['src', 'alt'], th: ['colspan', 'rowspan', 'scope'], td: ['colspan', 'rowspan'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  allowedStyles: {},
  disallowedTagsMode: 'discard',
  nonTextTags: NON_TEXT_TAGS,
  transformTags: {
    b: 'strong',
    i: 'em',
    strike: 's',
    del: 's',
    h1: 'h2',
    h5: 'h4',
    h6: 'h4',
    a: (tagName, attribs): sanitizeHtml.Tag => {
      const href = attribs.href === undefined ? '' : normalisedHref(attribs.href);
      // A file address is kept only for the organisation's own documents: a page never points
      // its readers at another organisation's files, whatever host is written before the path.
      if (documentIdOf(href) !== 'none') {
        const own = ownFile(href, ownDocuments);
        return { tagName, attribs: own ? { href: own } : NO_ATTRIBUTES };
      }
      // Relative or unknown-scheme links are dropped: a page links out, never into scripts.
      return SAFE_HREF.test(href) ? { tagName, attribs: { href, rel: 'noopener nofollow' } } : { tagName, attribs: NO_ATTRIBUTES };
    },
    // Images come from the organisation's own Documents only: no tracking pixel from elsewhere.
    img: (tagName, attribs): sanitizeHtml.Tag => {
      const src = attribs.src === undefined ? undefined : ownFile(normalisedHref(attribs.src), ownDocuments);
      return { tagName, attribs: src ? { src, alt: attribs.alt ?? '' } : NO_ATTRIBUTES };
    },
  },
  exclusiveFilter: (frame) => (frame.tag === 'a' && !frame.attribs.href && !frame.text.trim()) || (frame.tag === 'img' && !frame.attribs.src),
});

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Text typed without any tag becomes paragraphs (blank lines) and line breaks. */
function paragraphsOf(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => `<p>${escapeText(block).replace(/\n/g, '<br />')}</p>`)
    .join('\n');
}

const NONE: ReadonlySet<number> = new Set();

/**
 * The stored form of an interactive page's body. Idempotent: sanitising twice changes nothing.
 * `ownDocuments` are the ids of the organisation's documents named in the text (checked against
 * the database by the caller); without it no file address or image survives.
 */
export function sanitizeRichText(input: string, context: RichTextContext = {}): string {
  const source = /<[a-z!/?]/i.test(input) ? input : paragraphsOf(input);
  return sanitizeHtml(source, optionsFor(context.ownDocuments ?? NONE)).trim();
}
