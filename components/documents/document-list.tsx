import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
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
  if (documents.length === 0) return <p className="text-neutral-600">{empty}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-neutral-300 text-neutral-600">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">{t('column_name')}</th>
            <th scope="col" className="py-2 pr-3 font-medium">{t('column_type')}</th>
            <th scope="col" className="py-2 pr-3 font-medium">{t('column_size')}</th>
            <th scope="col" className="py-2 pr-3 font-medium">{t('column_date')}</th>
            {renderActions && <th scope="col" className="py-2 font-medium">{t('column_actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {documents.map((doc) => (
            <tr key={doc.id} className="border-b border-neutral-100 align-top" data-testid="document-row">
              <td className="py-2 pr-3">
                {/* A plain anchor: the download is a route handler, not a page. */}
                <a href={documentFileUrl(doc.id)} className="font-medium break-all text-sky-800 underline" download>
                  {doc.name}
                </a>
                {!doc.isPublic && <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900">{t('private_badge')}</span>}
              </td>
              <td className="py-2 pr-3">{typeLabel(doc.mimeType) ?? t('type_other')}</td>
              <td className="py-2 pr-3 whitespace-nowrap">{formatBytes(doc.sizeBytes, locale)}</td>
              <td className="py-2 pr-3 whitespace-nowrap">{formatDate(doc.createdAt, locale, timeZone)}</td>
              {renderActions && <td className="py-2">{renderActions(doc)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
