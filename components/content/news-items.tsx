'use client';

import type { FormAction } from '@/lib/action-core';
import type { ShownTime } from '@/lib/time/format';
import { RowActions } from './row-actions';

export type NewsEntry = {
  id: number;
  title: string;
  /** In the page's language and the organisation's time zone. */
  at: ShownTime;
  edited: string | null;
  body: string;
  /** An editor's Edit and Delete, with what their labels say of this item. */
  controls: { editLabel: string; deleteLabel: string; confirmText: string } | null;
};

export type NewsEntryLabels = { edit: string; delete: string; confirmTitle: string };

/**
 * The news items NewsList (./news-list.tsx) words and dates. A client component for page weight:
 * the items' data with the labels once are far less of the page's payload than rendered items
 * beside their HTML (issue 13).
 */
export function NewsItems({ items, clamp, orgId, labels, deleteAction }: { items: NewsEntry[]; clamp: boolean; orgId: number; labels: NewsEntryLabels; deleteAction?: FormAction }) {
  return (
    <ul className="flex flex-col divide-y divide-neutral-200" data-testid="news-list">
      {items.map((item) => (
        <li key={item.id} className="py-3 first:pt-0 last:pb-0">
          <article aria-labelledby={`news-${item.id}-title`}>
            <h3 id={`news-${item.id}-title`} className="font-semibold">
              {item.title}
            </h3>
            <p className="text-sm text-neutral-600">
              <time dateTime={item.at.iso}>{item.at.text}</time>
              {item.edited && <> · {item.edited}</>}
            </p>
            <p className={`mt-1 whitespace-pre-line break-words ${clamp ? 'line-clamp-4' : ''}`}>{item.body}</p>
            {item.controls && deleteAction && (
              <RowActions
                editHref={`/org/${orgId}/news/${item.id}/edit`}
                editText={labels.edit}
                editLabel={item.controls.editLabel}
                deleteAction={deleteAction}
                fields={{ orgId, newsId: item.id }}
                deleteText={labels.delete}
                deleteLabel={item.controls.deleteLabel}
                confirmTitle={labels.confirmTitle}
                confirmText={item.controls.confirmText}
              />
            )}
          </article>
        </li>
      ))}
    </ul>
  );
}
