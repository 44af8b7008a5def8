'use client';

import { useTranslations } from 'next-intl';
import { Field, fieldErrorsOf, FormMessage, SubmitButton } from '@/components/ui/form';
import { useFormAction } from '@/components/ui/use-form-action';
import type { ActionResult } from '@/lib/action-core';
import { FORUM_POST_MAX } from '@/lib/content/forum/limits';
import { useRouter } from '@/lib/i18n/navigation';

type Result = { postId: number; page: number };
type Action = (previous: ActionResult<Result | void> | null, formData: FormData) => Promise<ActionResult<Result | void>>;

/**
 * A reply (new post) or the author's edit of their post. A reply goes to the page that shows it;
 * an edit returns to `topicPath`. A refused post keeps its text in the box.
 */
export function PostForm({
  action,
  orgId,
  topicId,
  post,
  topicPath,
}: {
  action: Action;
  orgId: number;
  topicId: number;
  post?: { id: number; body: string; page: number };
  topicPath: string;
}) {
  const t = useTranslations('Forum');
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
        label={post ? t('post_text') : t('reply')}
        multiline
        rows={post ? 10 : 5}
        required
        maxLength={FORUM_POST_MAX}
        defaultValue={text('body', post?.body)}
        errors={fieldErrorsOf(state, 'body')}
        hint={t('post_hint', { max: FORUM_POST_MAX })}
      />
      <div>
        <SubmitButton pendingLabel={t('sending')}>{post ? t('save_post') : t('send_post')}</SubmitButton>
      </div>
    </form>
  );
}
