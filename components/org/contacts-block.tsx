import { getTranslations } from 'next-intl/server';

type Contacts = { legalAddress: string; actualAddress: string; phones: string; fax: string; email: string; website: string };

function websiteHref(value: string) {
  return /^https?:\/\//i.test(value) ? value : `https://${value}`;
}

export async function ContactsBlock({ contacts }: { contacts: Contacts }) {
  const t = await getTranslations('OrgPage');
  const rows = (
    [
      ['legal_address', contacts.legalAddress],
      ['actual_address', contacts.actualAddress],
      ['phones', contacts.phones],
      ['fax', contacts.fax],
      ['email', contacts.email],
      ['website', contacts.website],
    ] as const
  ).filter(([, value]) => value.trim() !== '');
  return (
    <section aria-labelledby="contacts-heading" className="rounded-lg bg-white p-5 shadow-sm">
      <h2 id="contacts-heading" className="mb-3 text-lg font-semibold">
        {t('contacts')}
      </h2>
      {rows.length === 0 ? (
        <p className="text-neutral-600">{t('no_contacts')}</p>
      ) : (
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2 text-sm">
          {rows.map(([key, value]) => (
            <div key={key} className="contents">
              <dt className="text-neutral-600">{t(key)}</dt>
              <dd>
                {key === 'email' ? (
                  <a href={`mailto:${value}`} className="text-sky-800 underline">
                    {value}
                  </a>
                ) : key === 'website' ? (
                  <a href={websiteHref(value)} className="text-sky-800 underline" rel="noopener nofollow">
                    {value}
                  </a>
                ) : (
                  value
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
