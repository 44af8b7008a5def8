import { type AudienceLeaf, describeAudience } from '@/lib/notifications/audience';
import { formatCalendarDate } from '@/lib/time/calendar-date';

/** A translator of the Notifications namespace with keys built at run time (leaf_…, group_…). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** next-intl's translators are typed by literal keys; these helpers build theirs from the tree. */
export function withDynamicKeys(t: unknown): Translate {
  return t as Translate;
}

export function leafLabel(t: Translate, leaf: AudienceLeaf): string {
  return t(`leaf_${leaf.replace('.', '_')}`);
}

/**
 * The audience as readable lines: "All staff of the administrative network",
 * "Subordinate institutions: Teachers, Parents".
 */
export function audienceLines(t: Translate, leaves: readonly string[]): string[] {
  return describeAudience(leaves).map(({ group, leaves: inGroup }) =>
    group === 'network' ? leafLabel(t, 'network.staff') : `${t(`group_${group}`)}: ${inGroup.map((l) => leafLabel(t, l)).join(', ')}`,
  );
}

/** "Today", a date, or "unlimited", as the list's read-by column shows it. */
export function readByText(t: Translate, readBy: string | null, today: string, locale: string): string {
  if (readBy === null) return t('unlimited');
  return readBy === today ? t('today') : formatCalendarDate(readBy, locale);
}
