'use client';

import { ButtonLink } from '@/components/ui/button-link';
import { PersonName, type PersonRef } from '@/components/ui/person-name';
import type { FormAction } from '@/lib/action-core';
import type { ShownTime } from '@/lib/time/format';
import { ActionButton } from './action-button';

export type PostItem = {
  id: number;
  author: PersonRef;
  /** In the page's language and the organisation's time zone. */
  at: ShownTime;
  edited: string | null;
  body: string;
  canEdit: boolean;
  canDelete: boolean;
};

export type PostItemLabels = { posts: string; edit: string; delete: string; deleteTitle: string; deleteText: string; yesDelete: string; cancel: string };

/**
 * The posts of a page of a topic (PostList, ./post-list.tsx, words and dates them). A client
 * component for page weight: the posts' data with the labels once are far less of the page's
 * payload than ten rendered posts, each with its own copy of the delete dialog's texts (issue 13).
 */
export function PostItems({ posts, orgId, topicPath, labels, deleteAction }: { posts: PostItem[]; orgId: number; topicPath: string; labels: PostItemLabels; deleteAction: FormAction }) {
  return (
    <ol className="flex flex-col gap-3" aria-label={labels.posts}>
      {posts.map((post) => (
        <li key={post.id} id={`post-${post.id}`} className="scroll-mt-4">
          <article className="card" aria-labelledby={`post-${post.id}-author`}>
            <header className="mb-2 flex flex-wrap items-baseline gap-x-3 text-sm">
              <span id={`post-${post.id}-author`}>
                <PersonName person={post.author} />
              </span>
              <time dateTime={post.at.iso} className="text-neutral-600">
                {post.at.text}
              </time>
              {post.edited && <span className="text-neutral-600">{post.edited}</span>}
            </header>
            <p className="whitespace-pre-wrap break-words" data-testid="post-body">
              {post.body}
            </p>
            {(post.canEdit || post.canDelete) && (
              <div className="mt-3 flex flex-wrap gap-2">
                {post.canEdit && (
                  <ButtonLink href={`${topicPath}/posts/${post.id}/edit`} variant="secondary" size="sm" className="text-sm">
                    {labels.edit}
                  </ButtonLink>
                )}
                {post.canDelete && (
                  <ActionButton
                    action={deleteAction}
                    fields={{ orgId, postId: post.id }}
                    label={labels.yesDelete}
                    confirm={{ trigger: labels.delete, title: labels.deleteTitle, text: labels.deleteText, cancel: labels.cancel }}
                  />
                )}
              </div>
            )}
          </article>
        </li>
      ))}
    </ol>
  );
}
