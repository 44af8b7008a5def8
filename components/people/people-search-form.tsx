import { getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';

/**
 * Quick search by name and the "registered only" switch: a plain GET form, so the filters live in
 * the address and work without JavaScript; the category is kept, the page starts again at 1.
 */
export async function PeopleSearchForm({ category, q, registeredOnly }: { category: string; q: string; registeredOnly: boolean }) {
  const t = await getTranslations('People');
  return (
    <form method="get" role="search" className="flex flex-wrap items-end gap-3">
      {category !== 'all' && <input type="hidden" name="cat" value={category} />}
      <div className="flex flex-col gap-1">
        <label htmlFor="people-q" className="text-sm font-medium">
          {t('search_label')}
        </label>
        <Input id="people-q" name="q" type="search" defaultValue={q} maxLength={100} className="w-64" />
      </div>
      <div className="flex items-center gap-2 pb-2">
        <input id="people-registered" name="registered" type="checkbox" value="1" defaultChecked={registeredOnly} />
        <label htmlFor="people-registered" className="text-sm">
          {t('registered_only')}
        </label>
      </div>
      <Button type="submit">
        {t('search_submit')}
      </Button>
    </form>
  );
}
