'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { useFormAction } from '@/components/ui/use-form-action';
import { ButtonLink } from '@/components/ui/button-link';
import { fieldErrorsOf, FormMessage, SubmitButton, useActionMessage } from '@/components/ui/form';
import type { FormAction } from '@/lib/action-core';
import { formatNumber } from '@/lib/i18n/numbers';
import { useRouter } from '@/lib/i18n/navigation';
import { AUDIENCE_TREE, type AudienceLeaf, type AudienceMasks, type AudienceNode, leavesOf, reachOf } from '@/lib/notifications/audience';

/**
 * Step 2, the guide's tree: ticking a branch ticks its leaves; every line shows how many people
 * it holds and the total under the tree how many distinct people the choice reaches, computed
 * from the masks the server sent (no round trip per click). Only leaves are submitted.
 */
export function AudienceStepForm({
  action,
  orgId,
  draftId,
  initial,
  masks,
  basePath,
}: {
  action: FormAction<{ draftId: string }>;
  orgId: number;
  draftId: string;
  initial: AudienceLeaf[];
  masks: AudienceMasks;
  basePath: string;
}) {
  const t = useTranslations('NotificationWizard');
  const locale = useLocale();
  const message = useActionMessage();
  const [selected, setSelected] = useState<ReadonlySet<AudienceLeaf>>(new Set(initial));
  const router = useRouter();
  const { state: result, formAction } = useFormAction(action, { onSuccess: (data) => router.push(`${basePath}/new?draft=${data.draftId}&step=check`) });
  const errors = fieldErrorsOf(result, 'audience');
  const toggle = (leaves: AudienceLeaf[], on: boolean) =>
    setSelected((current) => {
      const nextSet = new Set(current);
      for (const l of leaves) {
        if (on) nextSet.add(l);
        else nextSet.delete(l);
      }
      return nextSet;
    });
  const reach = reachOf(masks, [...selected]);
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <input type="hidden" name="orgId" value={orgId} />
      <input type="hidden" name="draftId" value={draftId} />
      <FormMessage state={result} />
      <fieldset aria-describedby={errors.length ? 'audience-error' : undefined} className="flex flex-col gap-2">
        <legend className="mb-2 font-medium">{t('audience_legend')}</legend>
        <ul className="flex flex-col gap-1">
          {AUDIENCE_TREE.map((node) => (
            <TreeNode key={node.key} node={node} selected={selected} masks={masks} onToggle={toggle} />
          ))}
        </ul>
      </fieldset>
      {errors.length > 0 && (
        <p id="audience-error" role="alert" className="text-sm text-red-700">
          {errors.map(message).join(' ')}
        </p>
      )}
      <p aria-live="polite" className="font-semibold" data-testid="audience-reach">
        {t('reach', { count: reach, countText: formatNumber(reach, locale) })}
      </p>
      <div className="flex items-center gap-3">
        <ButtonLink href={`${basePath}/new?draft=${draftId}`} variant="secondary">
          {t('back')}
        </ButtonLink>
        <SubmitButton pendingLabel={t('saving')}>{t('next')}</SubmitButton>
      </div>
    </form>
  );
}

function TreeNode({
  node,
  selected,
  masks,
  onToggle,
}: {
  node: AudienceNode;
  selected: ReadonlySet<AudienceLeaf>;
  masks: AudienceMasks;
  onToggle: (leaves: AudienceLeaf[], on: boolean) => void;
}) {
  const t = useTranslations('Notifications');
  const tWizard = useTranslations('NotificationWizard');
  const locale = useLocale();
  const box = useRef<HTMLInputElement>(null);
  const leaves = leavesOf(node);
  const ticked = leaves.filter((l) => selected.has(l)).length;
  const all = ticked === leaves.length;
  useEffect(() => {
    if (box.current) box.current.indeterminate = ticked > 0 && !all;
  }, [ticked, all]);
  const label = node.leaf ? t(`leaf_${node.leaf.replace('.', '_')}` as never) : t(`group_${node.key.replace('.', '_')}` as never);
  const id = `audience-${node.key.replace('.', '-')}`;
  return (
    <li>
      <div className="flex items-center gap-2">
        <input
          ref={box}
          id={id}
          type="checkbox"
          name={node.leaf ? 'audience' : undefined}
          value={node.leaf ?? undefined}
          checked={all}
          onChange={(event) => onToggle(leaves, event.target.checked)}
          className="h-4 w-4"
        />
        <label htmlFor={id} className={node.leaf ? '' : 'font-semibold'}>
          {label}
        </label>
        <span className="text-xs text-neutral-600">{tWizard('people', { countText: formatNumber(reachOf(masks, leaves), locale) })}</span>
      </div>
      {node.children.length > 0 && (
        <ul className="ml-6 mt-1 flex flex-col gap-1 border-l border-neutral-200 pl-3">
          {node.children.map((child) => (
            <TreeNode key={child.key} node={child} selected={selected} masks={masks} onToggle={onToggle} />
          ))}
        </ul>
      )}
    </li>
  );
}
