import { getTranslations } from 'next-intl/server';
import { ATTESTATION_ROLES, CATEGORIES } from '@/lib/reports/attestation';
import type { SearchParams } from '@/lib/search-params';
import { type Box, CheckboxFieldsets } from './checkbox-fieldsets';

const LEGACY = new Set(['highest', 'first', 'second', 'none']);

/** Figure 15's report parameters: a checkbox per role and per category, all ticked at first. */
export async function AttestationParameters({ params }: { params: SearchParams }) {
  const t = await getTranslations('ReportAttestation');
  const submitted = params.set === '1';
  const ticked = (name: string, value: string) => {
    const values = params[name];
    if (!submitted && values === undefined) return true;
    return (Array.isArray(values) ? values : [values]).includes(value);
  };
  const box = (name: 'role' | 'category', value: string, label: string): Box => [value, label, ticked(name, value)];
  return (
    <CheckboxFieldsets
      legend={t('parameters')}
      groups={[
        { legend: t('roles'), name: 'role', boxes: ATTESTATION_ROLES.map((r) => box('role', r, t(`role_${r}`))) },
        { legend: t('categories'), name: 'category', boxes: CATEGORIES.filter((c) => !LEGACY.has(c)).map((c) => box('category', c, t(`category_${c}`))) },
        { legend: t('legacy'), name: 'category', boxes: CATEGORIES.filter((c) => LEGACY.has(c)).map((c) => box('category', c, t(`category_${c}`))) },
      ]}
    />
  );
}
