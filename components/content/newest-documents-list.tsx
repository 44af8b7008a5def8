import { getLocale, getTranslations } from 'next-intl/server';
import { documentFileUrl } from '@/lib/content/documents/files';
import type { QuickDocument } from '@/lib/content/documents/newest';
import { formatDate } from '@/lib/time/format';
import { EmptyState } from './section';

/** Quick links to the newest files of the Documents tab; each downloads through /api/files/{id}. */
export async function NewestDocumentsList({ documents, timeZone }: { documents: QuickDocument[]; timeZone: string }) {
  const t = await getTranslations('DocumentsQuick');
  const locale = await getLocale();
  if (documents.length === 0) return <EmptyState>{t('empty')}</EmptyState>;
  return (
    <ul className="flex flex-col gap-2" data-testid="newest-documents">
      {documents.map((doc) => (
        <li key={doc.id}>
          <a href={documentFileUrl(doc.id)} className="break-words text-sky-800 underline">
            {doc.name}
          </a>
          <span className="block text-xs text-neutral-600">{formatDate(doc.createdAt, locale, timeZone)}</span>
        </li>
      ))}
    </ul>
  );
}
