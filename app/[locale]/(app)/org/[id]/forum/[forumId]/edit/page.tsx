import { getTranslations } from 'next-intl/server';
import { forbidden } from 'next/navigation';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { ActionButton } from '@/components/forum/action-button';
import { ForumForm } from '@/components/forum/forum-form';
import { deleteForumAction, updateForumAction } from '@/lib/content/forum-actions';
import { requireForum, requireForumTab } from '@/lib/content/forum-context';

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
      <Breadcrumbs items={[{ label: org.shortName, href: `/org/${org.id}` }, { label: t('title'), href: basePath }, { label: forum.title, href: forumPath }, { label: t('edit_forum') }]} />
      <section aria-labelledby="edit-forum-heading" className="rounded-lg bg-white p-5 shadow-sm">
        <h2 id="edit-forum-heading" className="mb-4 text-xl font-semibold">
          {t('edit_forum')}
        </h2>
        <ForumForm action={updateForumAction} orgId={org.id} forum={forum} thenGo={forumPath} />
      </section>
      <section aria-labelledby="delete-forum-heading" className="rounded-lg bg-white p-5 shadow-sm">
        <h2 id="delete-forum-heading" className="mb-2 text-lg font-semibold">
          {t('delete_forum')}
        </h2>
        <p className="mb-3 text-sm text-neutral-700">{t('delete_forum_rule')}</p>
        <ActionButton
          action={deleteForumAction}
          fields={{ orgId: org.id, forumId: forum.id }}
          label={tCommon('yes_delete')}
          thenGo={basePath}
          confirm={{ trigger: t('delete_forum'), title: t('delete_forum_title', { title: forum.title }), text: t('delete_forum_text'), cancel: tCommon('cancel') }}
        />
      </section>
    </>
  );
}
