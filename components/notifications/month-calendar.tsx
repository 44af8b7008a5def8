import { getLocale, getTranslations } from 'next-intl/server';
import { NavLink } from '@/components/ui/nav-link';
import { formatCalendarDate, monthGrid, monthTitle, shiftMonth, weekdayNames } from '@/lib/time/calendar-date';

/**
 * The month calendar beside the list: days with read-by dates are marked and link to the list
 * of that day (in the Archive when the day has passed); the arrows change the month.
 */
export async function MonthCalendar({
  basePath,
  month,
  markedDays,
  selectedDay,
  today,
}: {
  basePath: string;
  month: string;
  markedDays: string[];
  selectedDay: string | null;
  today: string;
}) {
  const t = await getTranslations('Notifications');
  const locale = await getLocale();
  const marked = new Set(markedDays);
  const monthLink = (m: string) => ({ pathname: basePath, query: { month: m } });
  const dayLink = (day: string) => ({ pathname: basePath, query: { day, ...(day < today ? { tab: 'archive' } : {}) } });
  return (
    <section aria-labelledby="calendar-heading" className="rounded-lg bg-white p-4 shadow-sm" data-testid="calendar">
      <h2 id="calendar-heading" className="sr-only">
        {t('calendar')}
      </h2>
      <div className="mb-2 flex items-center justify-between gap-2">
        <NavLink href={monthLink(shiftMonth(month, -1))} className="rounded px-2 py-1 hover:bg-sky-50" aria-label={t('calendar_prev')}>
          <span aria-hidden="true">‹</span>
        </NavLink>
        <p className="font-semibold">{monthTitle(month, locale)}</p>
        <NavLink href={monthLink(shiftMonth(month, 1))} className="rounded px-2 py-1 hover:bg-sky-50" aria-label={t('calendar_next')}>
          <span aria-hidden="true">›</span>
        </NavLink>
      </div>
      <table className="w-full text-center text-sm">
        <thead>
          <tr>
            {weekdayNames(locale).map((name) => (
              <th key={name} scope="col" className="py-1 font-medium capitalize text-neutral-600">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthGrid(month).map((week, i) => (
            <tr key={i}>
              {week.map((day, j) => (
                <td key={day ?? `blank-${j}`} className="p-0.5">
                  {day === null ? null : marked.has(day) ? (
                    // The day's number is what is seen; the name read out is the whole date in words
                    // (an aria-label unlike the visible "3" fails WCAG 2.5.3, label in name).
                    <NavLink
                      href={dayLink(day)}
                      aria-current={day === selectedDay ? 'date' : undefined}
                      className={`block rounded py-1 font-semibold ${day === selectedDay ? 'bg-sky-800 text-white' : 'bg-sky-100 text-sky-900 hover:bg-sky-200'}`}
                    >
                      {/* The name starts with the number seen (voice control users say what they see). */}
                      {Number(day.slice(8))}
                      <span className="sr-only">, {t('calendar_day', { date: formatCalendarDate(day, locale) })}</span>
                    </NavLink>
                  ) : (
                    <span className={`block py-1 ${day === today ? 'rounded border border-sky-800' : 'text-neutral-700'}`}>{Number(day.slice(8))}</span>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {selectedDay && (
        <p className="mt-2 text-sm">
          <NavLink href={{ pathname: basePath }} className="text-sky-800 underline">
            {t('calendar_clear')}
          </NavLink>
        </p>
      )}
    </section>
  );
}
