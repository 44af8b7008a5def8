import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { type Column, DataTable } from '@/components/ui/data-table';
import { documentFileUrl, formatBytes, typeLabel } from '@/lib/content/documents/files';
import { formatDate } from '@/lib/time/format';

export type DocumentListItem = {
  id: number;
  name: string;
  mimeType: string;
  sizeBytes: number;
  isPublic: boolean;
  createdAt: Date;
};

/**
 * The files of a folder (read-only display): name as a download link, type, size, date. The app
 * adds edit controls per row through `renderActions`; the public site passes none.
 */
export async function DocumentList({
  documents,
  locale,
  timeZone,
  empty,
  renderActions,
}: {
  documents: DocumentListItem[];
  locale: string;
  timeZone: string;
  empty: string;
  renderActions?: (doc: DocumentListItem) => ReactNode;
}) {
  const t = await getTranslations('Documents');
  const columns: Array<Column<DocumentListItem>> = [
    {
      id: 'name',
      header: t('column_name'),
      cell: (doc) => (
        <>
          {/* A plain anchor: the download is a route handler, not a page. */}
          <a href={documentFileUrl(doc.id)} className="font-medium break-all text-sky-800 underline" download>
            {doc.name}
          </a>
          {!doc.isPublic && <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900">{t('private_badge')}</span>}
        </>
      ),
    },
    { id: 'type', header: t('column_type'), cell: (doc) => typeLabel(doc.mimeType) ?? t('type_other') },
    { id: 'size', header: t('column_size'), className: 'whitespace-nowrap', cell: (doc) => formatBytes(doc.sizeBytes, locale) },
    { id: 'date', header: t('column_date'), className: 'whitespace-nowrap', cell: (doc) => formatDate(doc.createdAt, locale, timeZone) },
  ];
  if (renderActions) columns.push({ id: 'actions', header: t('column_actions'), cell: renderActions });
  return <DataTable columns={columns} rows={documents} rowKey={(doc) => doc.id} rowProps={() => ({ 'data-testid': 'document-row' })} empty={<p className="text-neutral-600">{empty}</p>} />;
}
