import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { ReceptionHourView } from '@/lib/feedback/read';

/**
 * The weekly reception schedule: day, hours, who receives, where. The Feedback tab shows it as is;
 * the administration adds a column of actions (delete).
 */
export async function ReceptionSchedule({ hours, caption, actionsLabel, actions, testId }: { hours: ReceptionHourView[]; caption?: string; actionsLabel?: string; actions?: (hour: ReceptionHourView) => ReactNode; testId: string }) {
  const t = await getTranslations('Feedback');
  const cell = 'py-1 pr-3';
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid={testId}>
        {caption && <caption className="mb-2 text-left font-semibold">{caption}</caption>}
        <thead>
          <tr className="border-b border-neutral-200">
            <th scope="col" className={cell}>{t('day')}</th>
            <th scope="col" className={cell}>{t('hours')}</th>
            <th scope="col" className={cell}>{t('receiver')}</th>
            <th scope="col" className={cell}>{t('place')}</th>
            {actions && (
              <th scope="col" className="py-1">
                <span className="sr-only">{actionsLabel}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {hours.map((hour) => (
            <tr key={hour.id} className="border-b border-neutral-100">
              <td className={cell}>{t(`weekday.${hour.weekday as 1 | 2 | 3 | 4 | 5 | 6 | 7}`)}</td>
              <td className={`${cell} whitespace-nowrap`}>
                {hour.startsAt}–{hour.endsAt}
              </td>
              <td className={cell}>{hour.receiver}</td>
              <td className={cell}>{hour.place}</td>
              {actions && <td className="py-1 text-right">{actions(hour)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
