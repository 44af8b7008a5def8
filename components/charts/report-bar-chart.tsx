'use client';

import { useLocale } from 'next-intl';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '@/lib/i18n/numbers';
import type { ChartData } from '@/lib/reports/view';

const COLOURS = ['#075985', '#0ea5e9', '#f59e0b', '#16a34a', '#a855f7', '#dc2626', '#64748b', '#84cc16', '#ec4899'];

/** A report's bar chart: one bar group per row of the report, one bar (or stack part) per series. */
export function ReportBarChart({ data, title }: { data: ChartData; title: string }) {
  const locale = useLocale();
  // Axis ticks and the tooltip in the page's language, as the table writes them.
  const number = (value: unknown) => (typeof value === 'number' ? formatNumber(value, locale) : String(value));
  const height = Math.min(520, 160 + data.rows.length * (data.rows.length > 12 ? 14 : 28));
  return (
    <figure className="rounded-lg bg-white p-4 shadow-sm print:break-inside-avoid print:shadow-none" aria-label={title}>
      <figcaption className="mb-2 text-sm font-semibold">{title}</figcaption>
      <div style={{ width: '100%', height }}>
        <ResponsiveContainer>
          <BarChart data={data.rows} layout={data.rows.length > 6 ? 'vertical' : 'horizontal'} margin={{ left: 8, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" />
            {data.rows.length > 6 ? (
              <>
                <XAxis type="number" allowDecimals={false} tickFormatter={number} />
                <YAxis type="category" dataKey="category" width={220} tick={{ fontSize: 11 }} interval={0} />
              </>
            ) : (
              <>
                <XAxis dataKey="category" tick={{ fontSize: 12 }} />
                <YAxis allowDecimals={false} tickFormatter={number} />
              </>
            )}
            <Tooltip formatter={number} />
            {/* The series in the table's order: recharts sorts the legend by its text unless told not to. */}
            <Legend itemSorter={null} />
            {data.series.map((s, i) => (
              <Bar key={s.key} dataKey={s.key} name={s.label} fill={COLOURS[i % COLOURS.length]} stackId={data.stacked ? 'stack' : undefined} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
