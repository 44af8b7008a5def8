'use client';

import { PersonName, type PersonRef } from '@/components/ui/person-name';
import type { FormAction } from '@/lib/action-core';
import type { ShownTime } from '@/lib/time/format';
import { ConfirmDeleteForm } from './confirm-delete-form';

export type WallEntry = {
  id: number;
  author: PersonRef;
  /** In the page's language and the organisation's time zone. */
  at: ShownTime;
  body: string;
};

export type WallEntryLabels = { remove: string; removeTitle: string; removeText: string; yesRemove: string };

/**
 * The wall posts WallList (./wall-list.tsx) dates; with `removeAction` a moderator's Remove. A
 * client component for page weight: the posts' data with the labels once are far less of the
 * page's payload than rendered posts, each with its own copy of the dialog's texts (issue 13).
 */
export function WallItems({ posts, orgId, labels, removeAction }: { posts: WallEntry[]; orgId: number; labels: WallEntryLabels; removeAction?: FormAction }) {
  return (
    <ul className="flex flex-col divide-y divide-neutral-200" data-testid="wall-list">
      {posts.map((post) => (
        <li key={post.id} className="py-3 first:pt-0 last:pb-0" data-testid="wall-post">
          <p className="text-sm">
            <PersonName person={post.author} />
            <span className="text-neutral-600">
              {' · '}
              <time dateTime={post.at.iso}>{post.at.text}</time>
            </span>
          </p>
          <p className="mt-1 whitespace-pre-line break-words">{post.body}</p>
          {removeAction && (
            <div className="mt-2 text-sm print:hidden">
              <ConfirmDeleteForm action={removeAction} fields={{ orgId, postId: post.id }} trigger={labels.remove} title={labels.removeTitle} text={labels.removeText} confirm={labels.yesRemove} />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
