import { getTranslations } from 'next-intl/server';

type Contacts = { legalAddress: string; actualAddress: string; phones: string; fax: string; email: string; website: string };

function websiteHref(value: string) {
  return /^https?:\/\//i.test(value) ? value : `https://${value}`;
}

/**
 * Labelled contact lines: e-mail and web site as links, the rest as text. Empty values are left
 * out. Shared by the Page tab's Contacts block and the Feedback tab.
 */
export function ContactList({ rows, testId }: { rows: Array<{ key: string; label: string; value: string; kind?: 'email' | 'website' }>; testId?: string }) {
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2 text-sm" data-testid={testId}>
      {rows
        .filter((row) => row.value.trim() !== '')
        .map((row) => (
          <div key={row.key} className="contents">
            <dt className="text-neutral-600">{row.label}</dt>
            <dd>
              {row.kind === 'email' ? (
                <a href={`mailto:${row.value}`} className="text-sky-800 underline">
                  {row.value}
                </a>
              ) : row.kind === 'website' ? (
                <a href={websiteHref(row.value)} className="text-sky-800 underline" rel="noopener nofollow">
                  {row.value}
                </a>
              ) : (
                row.value
              )}
            </dd>
          </div>
        ))}
    </dl>
  );
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
  )
    .filter(([, value]) => value.trim() !== '')
    .map(([key, value]) => ({ key, label: t(key), value, kind: key === 'email' || key === 'website' ? key : undefined }));
  return (
    <section aria-labelledby="contacts-heading" className="card">
      <h2 id="contacts-heading" className="mb-3 text-lg font-semibold">
        {t('contacts')}
      </h2>
      {rows.length === 0 ? <p className="text-neutral-600">{t('no_contacts')}</p> : <ContactList rows={rows} />}
    </section>
  );
}
