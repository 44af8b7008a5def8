import { getTranslations } from 'next-intl/server';
import { RowActions } from '@/components/content/row-actions';
import { EmptyState } from '@/components/content/section';
import { PersonName } from '@/components/ui/person-name';
import type { StructuralUnitView } from '@/lib/organizations/structure/commands';
import { deleteUnit } from '@/lib/organizations/structure/actions';

/** Structural units: name, head, additional information, members. `editable` adds Edit and Remove for admins. */
export async function UnitsList({ units, orgId, editable }: { units: StructuralUnitView[]; orgId: number; editable: boolean }) {
  const t = await getTranslations('Structure');
  const tCommon = await getTranslations('Common');
  if (units.length === 0) return <EmptyState>{t('no_units')}</EmptyState>;
  return (
    <ul className="flex flex-col divide-y divide-neutral-200">
      {units.map((unit) => (
        <li key={unit.id} className="py-4 first:pt-0 last:pb-0" data-testid="structural-unit">
          <article aria-labelledby={`unit-${unit.id}-name`}>
            <h3 id={`unit-${unit.id}-name`} className="font-semibold">
              {unit.name}
            </h3>
            <dl className="mt-2 grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
              <dt className="text-neutral-600">{t('head')}</dt>
              <dd data-testid="unit-head">{unit.head ? <PersonName person={unit.head} /> : <span className="text-neutral-600">{t('no_head')}</span>}</dd>
              {unit.info && (
                <>
                  <dt className="text-neutral-600">{t('info')}</dt>
                  <dd className="whitespace-pre-line break-words">{unit.info}</dd>
                </>
              )}
              {unit.members.length > 0 && (
                <>
                  <dt className="text-neutral-600">{t('members')}</dt>
                  <dd>
                    <ul className="flex flex-col gap-1">
                      {unit.members.map((member) => (
                        <li key={member.personId}>
                          <PersonName person={member} />
                          {member.note && <span className="text-neutral-600"> — {member.note}</span>}
                        </li>
                      ))}
                    </ul>
                  </dd>
                </>
              )}
            </dl>
            {editable && (
              <div className="mt-1">
                <RowActions
                  editHref={`/org/${orgId}/structure/units/${unit.id}/edit`}
                  editText={tCommon('edit')}
                  editLabel={t('edit_named', { name: unit.name })}
                  deleteAction={deleteUnit}
                  fields={{ orgId, unitId: unit.id }}
                  deleteText={tCommon('delete')}
                  deleteLabel={t('delete_named', { name: unit.name })}
                  confirmTitle={t('delete_title', { name: unit.name })}
                  confirmText={t('delete_text')}
                />
              </div>
            )}
          </article>
        </li>
      ))}
    </ul>
  );
}
