'use client';

import { Field, fieldErrorsOf, FormMessage, SubmitButton } from '@/components/ui/form';
import { useFormAction } from '@/components/ui/use-form-action';
import type { FormAction } from '@/lib/action-core';
import { FORUM_POST_MAX } from '@/lib/content/forum/limits';
import { useRouter } from '@/lib/i18n/navigation';

type Result = { postId: number; page: number };

export type PostEditorLabels = { field: string; hint: string; submit: string; sending: string };

/**
 * A reply (new post) or the author's edit of their post. A reply goes to the page that shows it;
 * an edit returns to `topicPath`. A refused post keeps its text in the box. Its words come from
 * PostForm (./post-form.tsx): the thread's page sends these four, not the forum's 3.6 KB of messages.
 */
export function PostEditor({
  action,
  orgId,
  topicId,
  post,
  topicPath,
  labels,
}: {
  action: FormAction<Result | void>;
  orgId: number;
  topicId: number;
  post?: { id: number; body: string; page: number };
  topicPath: string;
  labels: PostEditorLabels;
}) {
  const router = useRouter();
  const go = (page: number, postId: number) => router.push(`${topicPath}${page > 1 ? `?page=${page}` : ''}#post-${postId}`);
  const { state, formAction, text } = useFormAction(action, {
    keepOnSuccess: Boolean(post),
    onSuccess: (data) => (post ? go(post.page, post.id) : data && go(data.page, data.postId)),
  });
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="orgId" value={orgId} />
      <input type="hidden" name={post ? 'postId' : 'topicId'} value={post ? post.id : topicId} />
      <FormMessage state={state} />
      <Field
        name="body"
        label={labels.field}
        multiline
        rows={post ? 10 : 5}
        required
        maxLength={FORUM_POST_MAX}
        defaultValue={text('body', post?.body)}
        errors={fieldErrorsOf(state, 'body')}
        hint={labels.hint}
      />
      <div>
        <SubmitButton pendingLabel={labels.sending}>{labels.submit}</SubmitButton>
      </div>
    </form>
  );
}
