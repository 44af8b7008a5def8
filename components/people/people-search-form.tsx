import { getTranslations } from 'next-intl/server';
import { SearchForm } from '@/components/ui/search-form';

/**
 * Quick search by name and the "registered only" switch: a plain GET form, so the filters live in
 * the address and work without JavaScript; the category is kept, the page starts again at 1.
 */
export async function PeopleSearchForm({ category, q, registeredOnly }: { category: string; q: string; registeredOnly: boolean }) {
  const t = await getTranslations('People');
  return (
    <SearchForm id="people-q" fieldLabel={t('search_label')} submit={t('search_submit')} q={q} hidden={{ cat: category !== 'all' ? category : undefined }} inputClassName="w-64">
      <div className="flex items-center gap-2 pb-2">
        <input id="people-registered" name="registered" type="checkbox" value="1" defaultChecked={registeredOnly} />
        <label htmlFor="people-registered" className="text-sm">
          {t('registered_only')}
        </label>
      </div>
    </SearchForm>
  );
}
