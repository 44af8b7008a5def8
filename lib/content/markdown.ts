import { Marked } from 'marked';

/**
 * Markdown of interactive pages (F-2.1) into HTML: GitHub's flavour (tables) with a line break
 * for every new line, as pages typed as plain text always had. HTML written inside passes
 * through as Markdown allows; the output is NOT safe until it has gone through sanitizeRichText.
 */
const markdown = new Marked({ gfm: true, breaks: true });

export function markdownToHtml(source: string): string {
  return markdown.parse(source, { async: false });
}
