import { getTranslations } from 'next-intl/server';

/** The organisation's description, territory and number of institutions (Page tab and site). */
export async function AboutBlock({ org }: { org: { description: string; territory: string | null; institutionCount: number } }) {
  const t = await getTranslations('OrgPage');
  return (
    <section aria-labelledby="about-heading" className="card">
      <h2 id="about-heading" className="mb-3 text-lg font-semibold">
        {t('about')}
      </h2>
      {org.description ? (
        <p className="whitespace-pre-line" data-testid="org-description">
          {org.description}
        </p>
      ) : (
        <p className="text-neutral-600">{t('no_description')}</p>
      )}
      <ul className="mt-4 flex flex-wrap gap-x-6 gap-y-1 text-sm text-neutral-700">
        {org.territory && (
          <li>
            {t('territory')}: {org.territory}
          </li>
        )}
        {org.institutionCount > 0 && <li>{t('subordinate_institutions', { count: org.institutionCount })}</li>}
      </ul>
    </section>
  );
}
