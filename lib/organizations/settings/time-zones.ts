/**
 * The time zones an organisation can choose (F-4.5), labelled the Windows way, "(UTC+05:00)
 * Astana". The offset is computed from the tz database for the given moment, so a zone that
 * changed (Kazakhstan moved to UTC+5 on 2024-03-01) shows its offset of today. `city` is a key of
 * the Localization.tz namespace.
 */
export const TIME_ZONES = [
  { id: 'Pacific/Honolulu', city: 'honolulu' },
  { id: 'America/Anchorage', city: 'anchorage' },
  { id: 'America/Los_Angeles', city: 'los_angeles' },
  { id: 'America/Denver', city: 'denver' },
  { id: 'America/Chicago', city: 'chicago' },
  { id: 'America/New_York', city: 'new_york' },
  { id: 'America/Sao_Paulo', city: 'sao_paulo' },
  { id: 'UTC', city: 'utc' },
  { id: 'Europe/London', city: 'london' },
  { id: 'Europe/Berlin', city: 'berlin' },
  { id: 'Europe/Kyiv', city: 'kyiv' },
  { id: 'Europe/Istanbul', city: 'istanbul' },
  { id: 'Europe/Moscow', city: 'moscow' },
  { id: 'Europe/Samara', city: 'samara' },
  { id: 'Asia/Tbilisi', city: 'tbilisi' },
  { id: 'Asia/Baku', city: 'baku' },
  { id: 'Asia/Dubai', city: 'dubai' },
  { id: 'Asia/Tashkent', city: 'tashkent' },
  { id: 'Asia/Almaty', city: 'astana' },
  { id: 'Asia/Yekaterinburg', city: 'yekaterinburg' },
  { id: 'Asia/Karachi', city: 'karachi' },
  { id: 'Asia/Kolkata', city: 'delhi' },
  { id: 'Asia/Bishkek', city: 'bishkek' },
  { id: 'Asia/Omsk', city: 'omsk' },
  { id: 'Asia/Novosibirsk', city: 'novosibirsk' },
  { id: 'Asia/Krasnoyarsk', city: 'krasnoyarsk' },
  { id: 'Asia/Shanghai', city: 'beijing' },
  { id: 'Asia/Irkutsk', city: 'irkutsk' },
  { id: 'Asia/Seoul', city: 'seoul' },
  { id: 'Asia/Tokyo', city: 'tokyo' },
  { id: 'Asia/Vladivostok', city: 'vladivostok' },
  { id: 'Australia/Sydney', city: 'sydney' },
  { id: 'Pacific/Auckland', city: 'auckland' },
] as const;

export type TimeZoneCity = (typeof TIME_ZONES)[number]['city'];

const known = new Set<string>(TIME_ZONES.map((z) => z.id));

export function isKnownTimeZone(value: unknown): value is string {
  return typeof value === 'string' && known.has(value);
}

/** The zone's offset from UTC at `at`, in minutes (Asia/Almaty → 300 since 2024-03-01). */
export function utcOffsetMinutes(timeZone: string, at: Date = new Date()): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/** "(UTC+05:00)", "(UTC-03:30)", "(UTC)" for zero. */
export function offsetLabel(minutes: number): string {
  if (minutes === 0) return '(UTC)';
  const sign = minutes > 0 ? '+' : '-';
  const abs = Math.abs(minutes);
  return `(UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')})`;
}

/** The list in offset order at `at`, each with its offset label. */
export function timeZoneOptions(at: Date = new Date()) {
  return TIME_ZONES.map((zone) => ({ ...zone, offset: utcOffsetMinutes(zone.id, at) }))
    .sort((a, b) => a.offset - b.offset || a.id.localeCompare(b.id))
    .map((zone) => ({ id: zone.id, city: zone.city, label: offsetLabel(zone.offset) }));
}
