'use client';

import { useTranslations } from 'next-intl';
import { useCallback } from 'react';
import type { FormAction } from '@/lib/action-core';
import { LIMITS } from '@/lib/content/limits';
import type { InsertableDocument } from '@/lib/content/queries';
import { MarkdownEditor } from './markdown-editor';
import { TitleBodyForm } from './title-body-form';

/** Add or edit an interactive page; the body is Markdown, rendered and sanitised on the server. Opens the page once saved. */
export function PageForm({
  action,
  orgId,
  page,
  documents,
  cancelHref,
}: {
  action: FormAction<{ id: number }>;
  orgId: number;
  page?: { id: number; title: string; bodySource: string };
  documents: InsertableDocument[];
  cancelHref: string;
}) {
  const t = useTranslations('InteractivePages');
  const tCommon = useTranslations('Common');
  const done = useCallback((data: { id: number }) => `/org/${orgId}/pages/${data.id}`, [orgId]);
  return (
    <TitleBodyForm
      action={action}
      hidden={page ? { orgId, pageId: page.id } : { orgId }}
      initial={page && { title: page.title, body: page.bodySource }}
      labels={{ title: t('field_title'), body: t('field_body'), hint: t('body_hint'), submit: tCommon('save'), pending: tCommon('saving') }}
      limits={{ title: LIMITS.pageTitle, body: LIMITS.pageBody }}
      rows={16}
      cancelHref={cancelHref}
      doneHref={done}
      renderBody={(field) => <MarkdownEditor orgId={orgId} maxLength={LIMITS.pageBody} rows={16} documents={documents} {...field} />}
    />
  );
}
