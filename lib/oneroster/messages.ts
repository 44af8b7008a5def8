import en from '@/messages/en.json';
import type { Issue } from './issues';

/** An issue in English for the command's output (the page shows the reader's language through next-intl). */
export function messageOf(issue: Issue): string {
  const template = (en.OneRoster as Record<string, string>)[issue.key] ?? issue.key;
  return template
    .replace(/'(\{[^']*\})'/g, (_, literal: string) => literal.replace(/\{/g, '\u0000').replace(/\}/g, '\u0001'))
    .replace(/\{(\w+)\}/g, (_, name: string) => String(issue.params?.[name] ?? `{${name}}`))
    .replace(/\u0000/g, '{')
    .replace(/\u0001/g, '}');
}
