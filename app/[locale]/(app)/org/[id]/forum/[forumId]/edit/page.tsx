import { getTranslations } from 'next-intl/server';
import { forbidden } from 'next/navigation';
import { ActionButton } from '@/components/forum/action-button';
import { ForumCrumbs, Panel } from '@/components/forum/forum-crumbs';
import { ForumForm } from '@/components/forum/forum-form';
import { deleteForumAction, updateForumAction } from '@/lib/content/forum/actions';
import { requireForum, requireForumTab } from '@/lib/content/forum/context';

/** Moderators rename or describe a forum, or delete it when it has no topics left. */
export default async function EditForumPage({ params }: { params: Promise<{ locale: string; id: string; forumId: string }> }) {
  const { locale, id, forumId } = await params;
  const { org, abilities, basePath } = await requireForumTab(id, locale);
  const forum = await requireForum(org.id, forumId);
  if (!abilities.manageForums) forbidden();
  const t = await getTranslations('Forum');
  const tCommon = await getTranslations('Common');
  const forumPath = `${basePath}/${forum.id}`;
  return (
    <>
      <ForumCrumbs org={org} basePath={basePath} forum={forum} current={t('edit_forum')} />
      <Panel id="edit-forum-heading" title={t('edit_forum')}>
        <ForumForm action={updateForumAction} orgId={org.id} forum={forum} thenGo={forumPath} />
      </Panel>
      <Panel id="delete-forum-heading" title={t('delete_forum')}>
        <p className="mb-3 text-sm text-neutral-700">{t('delete_forum_rule')}</p>
        <ActionButton
          action={deleteForumAction}
          fields={{ orgId: org.id, forumId: forum.id }}
          label={tCommon('yes_delete')}
          thenGo={basePath}
          confirm={{ trigger: t('delete_forum'), title: t('delete_forum_title', { title: forum.title }), text: t('delete_forum_text'), cancel: tCommon('cancel') }}
        />
      </Panel>
    </>
  );
}
