import { getTranslations } from 'next-intl/server';
import { RestoreForm } from '@/components/documents/item-forms';
import { restoreDocument, restoreFolder } from '@/lib/content/documents/actions';
import { formatBytes } from '@/lib/content/documents/files';
import { formatDateTime } from '@/lib/time/format';

type BinFolder = { id: number; name: string; deletedAt: Date | null };
type BinFile = { id: number; name: string; sizeBytes: number; deletedAt: Date | null };

/** The bin: deleted folders and files with when they were deleted; admins restore them. */
export async function DocumentsBin({
  orgId,
  folders,
  files,
  canRestore,
  locale,
  timeZone,
}: {
  orgId: number;
  folders: BinFolder[];
  files: BinFile[];
  canRestore: boolean;
  locale: string;
  timeZone: string;
}) {
  const t = await getTranslations('Documents');
  const when = (d: Date | null) => (d ? formatDateTime(d, locale, timeZone) : '');
  const row = (kind: 'folder' | 'document', item: { id: number; name: string; deletedAt: Date | null }, extra?: string) => (
    <li key={`${kind}-${item.id}`} className="flex flex-wrap items-center justify-between gap-2 border-b border-neutral-100 py-2" data-testid={`bin-${kind}`}>
      <span>
        <span className="font-medium break-all">{item.name}</span>
        <span className="ml-2 text-sm text-neutral-600">
          {extra ? `${extra} · ` : ''}
          {t('deleted_at', { date: when(item.deletedAt) })}
        </span>
      </span>
      {canRestore &&
        (kind === 'folder' ? (
          <RestoreForm action={restoreFolder} hidden={{ orgId, folderId: item.id }} label={t('restore_label', { name: item.name })} />
        ) : (
          <RestoreForm action={restoreDocument} hidden={{ orgId, documentId: item.id }} label={t('restore_label', { name: item.name })} />
        ))}
    </li>
  );
  if (folders.length === 0 && files.length === 0) return <p className="text-neutral-600">{t('bin_empty')}</p>;
  return (
    <div className="flex flex-col gap-4">
      {!canRestore && <p className="text-sm text-neutral-600">{t('bin_admins_restore')}</p>}
      {folders.length > 0 && (
        <section aria-labelledby="bin-folders">
          <h3 id="bin-folders" className="mb-1 font-semibold">
            {t('deleted_folders')}
          </h3>
          <ul>{folders.map((f) => row('folder', f))}</ul>
        </section>
      )}
      {files.length > 0 && (
        <section aria-labelledby="bin-files">
          <h3 id="bin-files" className="mb-1 font-semibold">
            {t('deleted_files')}
          </h3>
          <ul>{files.map((f) => row('document', f, formatBytes(f.sizeBytes, locale)))}</ul>
        </section>
      )}
    </div>
  );
}
