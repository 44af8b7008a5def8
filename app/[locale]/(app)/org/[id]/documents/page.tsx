import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { DocumentList } from '@/components/documents/document-list';
import { DocumentsBin } from '@/components/documents/documents-bin';
import { FolderTree } from '@/components/documents/folder-tree';
import { DeleteForm, MoveForm, RenameForm } from '@/components/documents/item-forms';
import { NewFolderForm } from '@/components/documents/new-folder-form';
import { UploadForm } from '@/components/documents/upload-form';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { Pagination } from '@/components/ui/pagination';
import { can } from '@/lib/auth/permissions';
import { deleteDocument, deleteFolder, moveDocument, moveFolder, renameDocument, renameFolder } from '@/lib/content/documents/actions';
import { getDocumentsBin, getFolderDocuments, getLiveFolders } from '@/lib/content/documents/queries';
import { DOCUMENTS_PAGE_SIZE, formatBytes } from '@/lib/content/documents/files';
import { buildFolderTree, descendantIds, flattenTree, folderPath } from '@/lib/content/documents/folder-tree';
import { getEnv } from '@/lib/env';
import { parseId } from '@/lib/ids';
import { NavLink } from '@/components/ui/nav-link';
import { requireOrgTab } from '@/lib/organizations/org-context';
import { parsePage } from '@/lib/pagination';
import { single } from '@/lib/search-params';

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Documents tab (F-2.4): folder tree on the left, the chosen folder's files on the right; ?bin=1 the bin. */
export default async function DocumentsPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  const query = await searchParams;
  const { org, auth, user } = await requireOrgTab(id, locale, 'documents');
  const t = await getTranslations('Documents');
  const tTabs = await getTranslations('OrgTabs');
  const canEdit = can(user, 'org.documents.edit', auth);
  const canPrivate = can(user, 'org.documents.private', auth);
  const page = parsePage(query.page);
  const basePath = `/org/${org.id}/documents`;

  const folderParam = single(query.folder);
  const folderId = folderParam ? (parseId(folderParam) ?? notFound()) : null;
  const folders = await getLiveFolders(org.id);
  if (folderId !== null && !folders.some((f) => f.id === folderId)) notFound();
  const tree = buildFolderTree(folders);
  const path = folderId === null ? [] : folderPath(folders, folderId);
  const inBin = single(query.bin) === '1';
  if (inBin && !canPrivate) notFound();

  const crumbs = [{ label: org.shortName, href: `/org/${org.id}` }, { label: tTabs('documents'), href: basePath }];
  const aside = (
    <aside className="flex flex-col gap-3 rounded-lg bg-white p-4 shadow-sm">
      <h2 className="font-semibold">{t('folders')}</h2>
      <FolderTree tree={tree} selectedId={inBin ? -1 : folderId} basePath={basePath} />
      {canEdit && !inBin && <NewFolderForm orgId={org.id} parentId={folderId} />}
      {canPrivate && (
        <NavLink href={{ pathname: basePath, query: { bin: '1' } }} aria-current={inBin ? 'page' : undefined} className="text-sm text-sky-800 underline">
          {t('bin')}
        </NavLink>
      )}
    </aside>
  );

  if (inBin) {
    const bin = await getDocumentsBin({ orgId: org.id, page });
    return (
      <>
        <Breadcrumbs items={[...crumbs, { label: t('bin') }]} />
        <div className="grid gap-4 md:grid-cols-[16rem_1fr]">
          {aside}
          <section aria-labelledby="bin-heading" className="card">
            <h2 id="bin-heading" className="mb-3 text-lg font-semibold">
              {t('bin')}
            </h2>
            <DocumentsBin orgId={org.id} folders={bin.folders} files={bin.files.rows} canRestore={can(user, 'org.documents.restore', auth)} locale={locale} timeZone={org.timeZone} />
            <Pagination pathname={basePath} query={{ bin: '1' }} page={page} total={bin.files.total} pageSize={DOCUMENTS_PAGE_SIZE} />
          </section>
        </div>
      </>
    );
  }

  const { rows, total } = await getFolderDocuments({ orgId: org.id, folderId, includePrivate: canPrivate, page });
  const current = path.at(-1);
  const moveTargets = flattenTree(tree);
  const folderMoveTargets = folderId === null ? [] : moveTargets.filter((f) => !descendantIds(folders, folderId).has(f.id));
  return (
    <>
      <Breadcrumbs items={[...crumbs, ...path.map((f) => ({ label: f.name, href: `${basePath}?folder=${f.id}` }))]} />
      <div className="grid gap-4 md:grid-cols-[16rem_1fr]">
        {aside}
        <section aria-labelledby="files-heading" className="flex flex-col gap-4 card">
          <h2 id="files-heading" className="text-lg font-semibold break-words">
            {current?.name ?? t('root_folder')}
          </h2>
          {canEdit && current && (
            <div className="flex flex-wrap items-start gap-4 text-sm" role="group" aria-label={t('folder_actions')}>
              <RenameForm action={renameFolder} hidden={{ orgId: org.id, folderId: current.id }} current={current.name} label={t('rename_label', { name: current.name })} />
              <MoveForm action={moveFolder} hidden={{ orgId: org.id, folderId: current.id }} options={folderMoveTargets} current={current.parentId} label={t('move_label', { name: current.name })} />
              <DeleteForm action={deleteFolder} hidden={{ orgId: org.id, folderId: current.id }} title={t('delete_folder_title')} text={t('delete_folder_text')} done={t('folder_deleted')} />
            </div>
          )}
          {canEdit && <UploadForm orgId={org.id} folderId={folderId} maxBytes={getEnv().DOCUMENT_MAX_BYTES} maxLabel={formatBytes(getEnv().DOCUMENT_MAX_BYTES, locale)} />}
          <DocumentList
            documents={rows}
            locale={locale}
            timeZone={org.timeZone}
            empty={t('empty')}
            renderActions={
              canEdit
                ? (doc) => (
                    <div className="flex flex-col gap-1 text-sm">
                      <RenameForm action={renameDocument} hidden={{ orgId: org.id, documentId: doc.id }} current={doc.name} label={t('rename_label', { name: doc.name })} />
                      <MoveForm action={moveDocument} hidden={{ orgId: org.id, documentId: doc.id }} options={moveTargets} current={folderId} label={t('move_label', { name: doc.name })} />
                      <DeleteForm action={deleteDocument} hidden={{ orgId: org.id, documentId: doc.id }} title={t('delete_file_title')} text={t('delete_file_text', { name: doc.name })} done={t('file_deleted', { name: doc.name })} />
                    </div>
                  )
                : undefined
            }
          />
          <Pagination pathname={basePath} query={{ folder: folderId === null ? undefined : String(folderId) }} page={page} total={total} pageSize={DOCUMENTS_PAGE_SIZE} />
        </section>
      </div>
    </>
  );
}
