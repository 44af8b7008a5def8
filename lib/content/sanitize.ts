import sanitizeHtml from 'sanitize-html';

/**
 * Rich text of interactive pages: the only HTML a user can put on the portal. Whatever arrives,
 * only this allow-list survives — no script, no event handler, no style, no embedded content,
 * and links only to http, https and mailto addresses.
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

/** Browsers ignore control characters and spaces inside a scheme ("java\tscript:"); so do we. */
function normalisedHref(href: string): string {
  return href.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
}

const options: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: { a: ['href', 'rel'], th: ['colspan', 'rowspan', 'scope'], td: ['colspan', 'rowspan'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  allowedStyles: {},
  disallowedTagsMode: 'discard',
  // Text inside these is dropped too, not shown as text.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'template', 'svg', 'math', 'title', 'xmp', 'noembed', 'noframes', 'plaintext'],
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
      // Relative or unknown-scheme links are dropped: a page links out, never into scripts.
      return SAFE_HREF.test(href) ? { tagName, attribs: { href, rel: 'noopener nofollow' } } : { tagName, attribs: {} as sanitizeHtml.Attributes };
    },
  },
  exclusiveFilter: (frame) => frame.tag === 'a' && !frame.attribs.href && !frame.text.trim(),
};

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

/** The stored form of an interactive page's body. Idempotent: sanitising twice changes nothing. */
export function sanitizeRichText(input: string): string {
  const source = /<[a-z!/?]/i.test(input) ? input : paragraphsOf(input);
  return sanitizeHtml(source, options).trim();
}
