import { getTranslations } from 'next-intl/server';
import { ForumCrumbs } from '@/components/forum/forum-crumbs';
import { ForumForm } from '@/components/forum/forum-form';
import { ForumList } from '@/components/forum/forum-list';
import { createForumAction } from '@/lib/content/forum/actions';
import { requireForumTab } from '@/lib/content/forum/context';
import { listForums } from '@/lib/content/forum/queries';

/** Forum tab (F-2.5): the organisation's forums; moderators add new ones here. */
export default async function ForumsPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  const { org, abilities, basePath } = await requireForumTab(id, locale);
  const forums = await listForums({ orgId: org.id });
  const t = await getTranslations('Forum');
  return (
    <>
      <ForumCrumbs org={org} basePath={basePath} />
      <h2 className="sr-only">{t('forums')}</h2>
      {abilities.manageForums && (
        <details className="card">
          <summary className="cursor-pointer font-semibold text-sky-800">{t('new_forum')}</summary>
          <div className="mt-4">
            <ForumForm action={createForumAction} orgId={org.id} />
          </div>
        </details>
      )}
      <ForumList forums={forums} basePath={basePath} locale={locale} timeZone={org.timeZone} canManage={abilities.manageForums} />
    </>
  );
}
