import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { type Column, DataTable } from '@/components/ui/data-table';
import type { ReceptionHourView } from '@/lib/feedback/read';

/**
 * The weekly reception schedule: day, hours, who receives, where. The Feedback tab shows it as is;
 * the administration adds a column of actions (delete).
 */
export async function ReceptionSchedule({ hours, caption, actionsLabel, actions, testId }: { hours: ReceptionHourView[]; caption?: string; actionsLabel?: string; actions?: (hour: ReceptionHourView) => ReactNode; testId: string }) {
  const t = await getTranslations('Feedback');
  const columns: Array<Column<ReceptionHourView>> = [
    { id: 'day', header: t('day'), cell: (hour) => t(`weekday.${hour.weekday as 1 | 2 | 3 | 4 | 5 | 6 | 7}`) },
    { id: 'hours', header: t('hours'), className: 'whitespace-nowrap', cell: (hour) => `${hour.startsAt}–${hour.endsAt}` },
    { id: 'receiver', header: t('receiver'), cell: (hour) => hour.receiver },
    { id: 'place', header: t('place'), cell: (hour) => hour.place },
  ];
  if (actions) columns.push({ id: 'actions', header: <span className="sr-only">{actionsLabel}</span>, className: 'text-right', cell: actions });
  return <DataTable columns={columns} rows={hours} rowKey={(hour) => hour.id} caption={caption} captionClassName="mb-2 text-left font-semibold" testId={testId} />;
}
