'use client';

import { useTranslations } from 'next-intl';
import { type ReactNode, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/form';
import { Select } from '@/components/ui/input';
import { documentFileUrl } from '@/lib/content/documents/files';
import type { PagePreview } from '@/lib/content/page-body';
import type { InsertableDocument } from '@/lib/content/queries';
import { RICH_TEXT_CLASS, withReachableTables } from './rich-text';

type Preview = { state: 'loading' } | { state: 'shown'; html: string; foreignDocument: boolean } | { state: 'failed'; key: 'preview_too_long' | 'preview_failed' };

/** Markdown's own characters in a file name would end the link text early. */
const escapeLabel = (name: string) => name.replace(/[[\]\\*_`]/g, '\\$&');

/**
 * The body of an interactive page: Markdown in a textarea that always belongs to the form, a
 * preview rendered by the server exactly as the page will show it, a picker that inserts a file
 * of the organisation's Documents, and a short syntax help.
 */
export function MarkdownEditor({
  orgId,
  defaultValue,
  errors,
  maxLength,
  rows,
  documents,
}: {
  orgId: number;
  defaultValue: string;
  errors: string[];
  maxLength: number;
  rows: number;
  documents: InsertableDocument[];
}) {
  const t = useTranslations('PageEditor');
  const tPages = useTranslations('InteractivePages');
  const box = useRef<HTMLDivElement>(null);
  const [mode, setMode] = useState<'write' | 'preview'>('write');
  // A refused save shows its message beside the textarea, even when it was sent from the preview.
  const [previewedWith, setPreviewedWith] = useState<string[] | null>(null);
  const writing = mode === 'write' || (errors.length > 0 && errors !== previewedWith);
  const [preview, setPreview] = useState<Preview>({ state: 'loading' });
  const [chosen, setChosen] = useState(documents[0] ? String(documents[0].id) : '');
  const textarea = () => box.current?.querySelector('textarea') ?? null;

  async function showPreview() {
    setMode('preview');
    setPreviewedWith(errors);
    setPreview({ state: 'loading' });
    const form = new FormData();
    form.set('body', textarea()?.value ?? '');
    try {
      const response = await fetch(`/api/org/${orgId}/page-preview`, { method: 'POST', body: form });
      const result = (await response.json()) as PagePreview;
      if (result.ok) setPreview({ state: 'shown', html: result.html, foreignDocument: result.foreignDocument });
      else setPreview({ state: 'failed', key: result.error === 'too_long' ? 'preview_too_long' : 'preview_failed' });
    } catch {
      setPreview({ state: 'failed', key: 'preview_failed' });
    }
  }

  function insertDocument() {
    const doc = documents.find((d) => String(d.id) === chosen);
    const field = textarea();
    if (!doc || !field) return;
    const snippet = `${doc.isImage ? '!' : ''}[${escapeLabel(doc.name)}](${documentFileUrl(doc.id)})`;
    field.setRangeText(snippet, field.selectionStart, field.selectionEnd, 'end');
    setMode('write');
    // The textarea is shown again on the next frame; the caret waits after the inserted text.
    requestAnimationFrame(() => field.focus());
  }

  return (
    <div className="flex min-w-0 flex-col gap-3">
      <div role="group" aria-label={t('mode')} className="flex flex-wrap gap-2">
        <ModeButton pressed={writing} onClick={() => setMode('write')}>
          {t('write')}
        </ModeButton>
        <ModeButton pressed={!writing} onClick={() => void showPreview()}>
          {t('preview')}
        </ModeButton>
      </div>
      <div ref={box} hidden={!writing}>
        <Field name="body" label={tPages('field_body')} hint={tPages('body_hint')} multiline rows={rows} required maxLength={maxLength} defaultValue={defaultValue} errors={errors} />
      </div>
      {!writing && (
        <section aria-label={t('preview')} aria-busy={preview.state === 'loading'} className="min-w-0 rounded border border-neutral-300 bg-white p-4" data-testid="page-preview">
          {preview.state === 'loading' && <p className="text-neutral-600">{t('preview_loading')}</p>}
          {preview.state === 'failed' && (
            <p role="alert" className="text-red-700">
              {t(preview.key)}
            </p>
          )}
          {preview.state === 'shown' && preview.foreignDocument && (
            <p role="alert" className="mb-2 text-red-700">
              {tPages('foreign_document')}
            </p>
          )}
          {preview.state === 'shown' &&
            (preview.html ? <div className={RICH_TEXT_CLASS} dangerouslySetInnerHTML={{ __html: withReachableTables(preview.html) }} /> : <p className="text-neutral-600">{tPages('empty_body')}</p>)}
        </section>
      )}
      {documents.length > 0 ? (
        <div className="flex flex-wrap items-end gap-2">
          <div className="flex min-w-0 max-w-full flex-col gap-1">
            <label htmlFor="insert-document" className="text-sm font-medium">
              {t('insert_label')}
            </label>
            <Select id="insert-document" value={chosen} onChange={(event) => setChosen(event.target.value)} className="max-w-full">
              {documents.map((doc) => (
                <option key={doc.id} value={doc.id}>
                  {doc.isImage ? t('option_image', { name: doc.name }) : t('option_file', { name: doc.name })}
                </option>
              ))}
            </Select>
          </div>
          <Button type="button" onClick={insertDocument} variant="secondary" className="bg-white text-sm font-medium">
            {t('insert')}
          </Button>
        </div>
      ) : (
        <p className="text-sm text-neutral-600">{t('no_documents')}</p>
      )}
      <details className="rounded border border-neutral-300 bg-neutral-50 px-3 py-2 text-sm">
        <summary className="cursor-pointer font-medium">{t('help_title')}</summary>
        <dl className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
          {HELP.map(([example, key]) => (
            <div key={key} className="contents">
              <dt>
                <code className="break-all whitespace-pre-wrap">{example}</code>
              </dt>
              <dd className="mb-1 text-neutral-700 sm:mb-0">{t(key)}</dd>
            </div>
          ))}
        </dl>
      </details>
    </div>
  );
}

function ModeButton({ pressed, onClick, children }: { pressed: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      onClick={onClick}
      className={`rounded px-3 py-1 text-sm font-medium ${pressed ? 'bg-sky-800 text-white' : 'border border-neutral-400 bg-white text-neutral-900 hover:bg-neutral-100'}`}
    >
      {children}
    </button>
  );
}

/** The syntax help: what to type, and what it gives (the words are translated). */
const HELP = [
  ['## …', 'help_heading'],
  ['### …', 'help_subheading'],
  ['**…**', 'help_bold'],
  ['*…*', 'help_italic'],
  ['- …', 'help_list'],
  ['1. …', 'help_numbered'],
  ['[…](https://…)', 'help_link'],
  ['| A | B |\n|---|---|\n| 1 | 2 |', 'help_table'],
  ['![…](/api/files/…)', 'help_image'],
  ['---', 'help_rule'],
] as const;
