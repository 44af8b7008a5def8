import { getTranslations } from 'next-intl/server';
import { ATTESTATION_ROLES, CATEGORIES } from '@/lib/reports/attestation';
import type { SearchParams } from '@/lib/search-params';

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
  const box = (name: 'role' | 'category', value: string, label: string) => (
    <label key={value}>
      <input type="checkbox" name={name} value={value} defaultChecked={ticked(name, value)} />
      {label}
    </label>
  );
  return (
    // The boxes' look is set once here, not on each of the thirteen (page weight, issue 13).
    <fieldset className="grid gap-4 md:grid-cols-3 [&_label]:flex [&_label]:items-center [&_label]:gap-2 [&_label]:text-sm">
      <legend className="mb-2 text-sm font-semibold">{t('parameters')}</legend>
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-medium">{t('roles')}</legend>
        {ATTESTATION_ROLES.map((role) => box('role', role, t(`role_${role}`)))}
      </fieldset>
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-medium">{t('categories')}</legend>
        {CATEGORIES.filter((c) => !LEGACY.has(c)).map((c) => box('category', c, t(`category_${c}`)))}
      </fieldset>
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-medium">{t('legacy')}</legend>
        {CATEGORIES.filter((c) => LEGACY.has(c)).map((c) => box('category', c, t(`category_${c}`)))}
      </fieldset>
    </fieldset>
  );
}
