/**
 * The start of a long plain text for a preview (the Page tab's news and wall): at most `max`
 * characters, cut at a word's end, with "…". The Page tab clamped whole bodies to four lines
 * with CSS, so a news item of 20,000 characters went whole into the page, twice (its HTML and
 * its React payload); a preview now sends what it shows.
 */
/** What a preview of a news item or a wall post shows: about four lines of the Page tab's column. */
export const PREVIEW_CHARS = 320;

export function excerpt(text: string, max: number): string {
  const chars = Array.from(text); // code points: never half of a surrogate pair
  if (chars.length <= max) return text;
  const head = chars.slice(0, max).join('');
  const cut = head.search(/\s\S*$/); // the last whitespace before a cut word
  return `${(cut > max / 2 ? head.slice(0, cut) : head).trimEnd()}…`;
}
