'use client';

import { useTranslations } from 'next-intl';
import { useCallback } from 'react';
import type { FormAction } from '@/lib/action-core';
import { LIMITS } from '@/lib/content/limits';
import { TitleBodyForm } from './title-body-form';

/** Add or edit a news item (plain text); goes to `doneHref` once saved. */
export function NewsForm({
  action,
  orgId,
  news,
  doneHref,
}: {
  action: FormAction;
  orgId: number;
  news?: { id: number; title: string; body: string };
  doneHref: string;
}) {
  const t = useTranslations('News');
  const tCommon = useTranslations('Common');
  const done = useCallback(() => doneHref, [doneHref]);
  return (
    <TitleBodyForm
      action={action}
      hidden={news ? { orgId, newsId: news.id } : { orgId }}
      initial={news}
      labels={{
        title: t('field_title'),
        body: t('field_body'),
        hint: t('body_hint'),
        submit: news ? tCommon('save') : t('publish'),
        pending: news ? tCommon('saving') : t('publishing'),
      }}
      limits={{ title: LIMITS.newsTitle, body: LIMITS.newsBody }}
      rows={10}
      cancelHref={doneHref}
      doneHref={done}
    />
  );
}
