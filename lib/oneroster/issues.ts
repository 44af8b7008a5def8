/**
 * A problem with a bundle: where (file, line, column) and what (a message key of the OneRoster
 * namespace in messages/*.json, with its parameters), so the page shows it in the reader's
 * language and the command in English.
 */
export type Issue = { file: string | null; line: number | null; column: string | null; key: string; params?: Record<string, string | number> };

/** More than this many problems are counted, not listed: the first ones show what is wrong. */
export const MAX_LISTED_ISSUES = 500;

export class Issues {
  readonly list: Issue[] = [];
  count = 0;

  add(issue: Issue): void {
    this.count++;
    if (this.list.length < MAX_LISTED_ISSUES) this.list.push(issue);
  }

  get any(): boolean {
    return this.count > 0;
  }
}
