import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { DocumentList } from '@/components/documents/document-list';
import { FolderTree } from '@/components/documents/folder-tree';
import { buildFolderTree, folderPath } from '@/lib/content/documents/folder-tree';
import { parseId } from '@/lib/ids';
import { cachedFolderDocuments, cachedFolders } from '@/lib/site/cached';
import { siteContext } from '@/lib/site/site-params';

export const dynamic = 'force-static';
export const revalidate = false;

type Props = { params: Promise<{ locale: string; id: string; folder?: string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('OrgTabs');
  return { title: t('documents') };
}

/** The site's Documents tab: public files of live folders; a folder opens as /documents/{folderId}. */
export default async function SiteDocumentsPage({ params }: Props) {
  const { orgId, org, locale } = await siteContext(params, 'documents');
  const segments = (await params).folder ?? [];
  if (segments.length > 1) notFound();
  const folderId = segments[0] === undefined ? null : (parseId(segments[0]) ?? notFound());
  const folders = await cachedFolders(orgId);
  if (folderId !== null && !folders.some((f) => f.id === folderId)) notFound();
  const { rows } = await cachedFolderDocuments(orgId, folderId ?? 0);
  const t = await getTranslations('Documents');
  const current = folderId === null ? null : folderPath(folders, folderId).at(-1);
  const basePath = `/site/${orgId}/documents`;
  return (
    <div className="grid gap-4 md:grid-cols-[16rem_1fr]">
      <aside className="flex flex-col gap-3 rounded-lg bg-white p-4 shadow-sm">
        <h2 className="font-semibold">{t('folders')}</h2>
        <FolderTree tree={buildFolderTree(folders)} selectedId={folderId} basePath={basePath} folderInPath />
      </aside>
      <section aria-labelledby="files-heading" className="card">
        <h2 id="files-heading" className="mb-3 text-lg font-semibold">
          {current?.name ?? t('root_folder')}
        </h2>
        <DocumentList documents={rows} locale={locale} timeZone={org.timeZone} empty={t('empty')} />
      </section>
    </div>
  );
}
