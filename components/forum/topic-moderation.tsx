import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button-link';
import { deleteTopicAction, setTopicClosedAction, setTopicPinnedAction } from '@/lib/content/forum/actions';
import { ActionButton } from './action-button';

/** A moderator's controls of one topic: rename, pin, close, delete (soft, after confirming). */
export async function TopicModeration({
  orgId,
  topic,
  topicPath,
  forumPath,
}: {
  orgId: number;
  topic: { id: number; pinned: boolean; closed: boolean };
  topicPath: string;
  forumPath: string;
}) {
  const t = await getTranslations('Forum');
  const tCommon = await getTranslations('Common');
  const fields = (value: boolean) => ({ orgId, topicId: topic.id, value: String(value) });
  return (
    <div role="group" aria-label={t('moderation')} className="flex flex-wrap items-start gap-2">
      <ButtonLink href={`${topicPath}/edit`} variant="secondary" size="sm" className="text-sm">
        {t('edit_topic')}
      </ButtonLink>
      <ActionButton action={setTopicPinnedAction} fields={fields(!topic.pinned)} label={topic.pinned ? t('unpin_topic') : t('pin_topic')} />
      <ActionButton action={setTopicClosedAction} fields={fields(!topic.closed)} label={topic.closed ? t('reopen_topic') : t('close_topic')} />
      <ActionButton
        action={deleteTopicAction}
        fields={{ orgId, topicId: topic.id }}
        label={tCommon('yes_delete')}
        thenGo={forumPath}
        confirm={{ trigger: t('delete_topic'), title: t('delete_topic_title'), text: t('delete_topic_text'), cancel: tCommon('cancel') }}
      />
    </div>
  );
}
