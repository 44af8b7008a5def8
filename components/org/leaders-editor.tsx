'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ConfirmDeleteForm } from '@/components/content/confirm-delete-form';
import { useAnnouncedAction } from '@/components/ui/action-notice';
import { Field, fieldErrorsOf, FormMessage, SubmitButton } from '@/components/ui/form';
import { fullName } from '@/lib/people/full-name';
import { PersonSelect } from '@/components/ui/person-select';
import { useFormAction } from '@/components/ui/use-form-action';
import { Button } from '@/components/ui/button';
import { addLeader, moveLeader, removeLeader } from '@/lib/organizations/leaders/actions';
import { LEADER_TITLE_MAX } from '@/lib/organizations/leaders/schemas';

type Person = { personId: number; surname: string; name: string; patronymic: string | null };
type Leader = Person & { title: string };

/** The leaders' block edited by an admin (F-2.2): order, removal behind a confirmation, and Add. */
export function LeadersEditor({ orgId, leaders, candidates }: { orgId: number; leaders: Leader[]; candidates: Person[] }) {
  const t = useTranslations('Leaders');
  const remove = useAnnouncedAction(removeLeader, (_data, form) => t('removed', { name: String(form.get('name')) }));
  return (
    <div className="flex flex-col gap-6">
      {leaders.length === 0 ? (
        <p className="text-neutral-600">{t('empty')}</p>
      ) : (
        <ol className="flex flex-col divide-y divide-neutral-200" aria-label={t('list_label')}>
          {leaders.map((leader, index) => {
            const name = fullName(leader);
            return (
              <li key={leader.personId} className="flex flex-wrap items-center justify-between gap-3 py-3" data-testid="leader-row">
                <div>
                  <p className="font-medium">{name}</p>
                  <p className="text-sm text-neutral-600">{leader.title}</p>
                </div>
                <div className="flex flex-wrap items-center gap-2 text-sm">
                  <MoveButton orgId={orgId} personId={leader.personId} direction="up" disabled={index === 0} name={name} />
                  <MoveButton orgId={orgId} personId={leader.personId} direction="down" disabled={index === leaders.length - 1} name={name} />
                  <ConfirmDeleteForm
                    action={remove}
                    fields={{ orgId, personId: leader.personId, name }}
                    trigger={t('remove')}
                    triggerLabel={t('remove_named', { name })}
                    title={t('remove_title', { name })}
                    text={t('remove_text')}
                    confirm={t('remove_confirm')}
                  />
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <AddLeaderForm orgId={orgId} candidates={candidates.filter((c) => !leaders.some((l) => l.personId === c.personId))} />
    </div>
  );
}

function MoveButton({ orgId, personId, direction, disabled, name }: { orgId: number; personId: number; direction: 'up' | 'down'; disabled: boolean; name: string }) {
  const t = useTranslations('Leaders');
  const move = useAnnouncedAction(moveLeader, t('moved', { name }));
  const [state, formAction, pending] = useActionState(move, null);
  return (
    <form action={formAction}>
      <input type="hidden" name="orgId" value={orgId} />
      <input type="hidden" name="personId" value={personId} />
      <input type="hidden" name="direction" value={direction} />
      <Button
        type="submit"
        disabled={disabled || pending}
        aria-label={t(direction === 'up' ? 'move_up_named' : 'move_down_named', { name })} variant="secondary" size="sm"
      >
        {t(direction === 'up' ? 'move_up' : 'move_down')}
      </Button>
      {state && !state.ok && <FormMessage state={state} />}
    </form>
  );
}

function AddLeaderForm({ orgId, candidates }: { orgId: number; candidates: Person[] }) {
  const t = useTranslations('Leaders');
  const add = useAnnouncedAction(addLeader, (_data, form) => t('added', { name: fullName(candidates.find((c) => String(c.personId) === form.get('personId')) ?? { surname: '', name: '', patronymic: null }) }));
  const { state: result, formAction, text } = useFormAction(add);
  const personErrors = fieldErrorsOf(result, 'personId');
  const chosen = text('personId', '');
  return (
    <form action={formAction} className="flex flex-col gap-4 border-t border-neutral-200 pt-4" noValidate aria-labelledby="add-leader-heading">
      <h3 id="add-leader-heading" className="font-semibold">
        {t('add_heading')}
      </h3>
      <input type="hidden" name="orgId" value={orgId} />
      <FormMessage state={result && !result.ok ? result : null} />
      <PersonSelect name="personId" label={t('field_person')} people={candidates} chosen={chosen} emptyLabel={t('choose_person')} errors={personErrors} hint={t('person_hint')} />
      <Field name="title" label={t('field_title')} hint={t('title_hint')} required maxLength={LEADER_TITLE_MAX} defaultValue={text('title')} errors={fieldErrorsOf(result, 'title')} />
      <div>
        <SubmitButton pendingLabel={t('adding')}>{t('add')}</SubmitButton>
      </div>
    </form>
  );
}
