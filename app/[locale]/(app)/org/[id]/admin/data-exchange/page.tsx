import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { BundleUpload } from '@/components/data-exchange/bundle-upload';
import { RunPanel } from '@/components/data-exchange/run-panel';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { buttonClass } from '@/components/ui/button';
import { getDb } from '@/db';
import { getOrgAuth, requirePermission } from '@/lib/auth/current-user';
import { parseId } from '@/lib/ids';
import { NavLink } from '@/components/ui/nav-link';
import { toLocale } from '@/lib/i18n/routing';
import { PAGE_LIMITS, runView } from '@/lib/oneroster/runs';
import { getOrgContext } from '@/lib/organizations/org-context';
import { single } from '@/lib/search-params';

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('DataExchange');
  return { title: t('title') };
}

/** Administration → Data exchange (issue 12): a OneRoster 1.2 bundle in (upload, check, confirm) and the network out. Admins of an authority. */
export default async function DataExchangePage({ params, searchParams }: Props) {
  const { locale: rawLocale, id } = await params;
  const locale = toLocale(rawLocale);
  const orgId = parseId(id) ?? notFound();
  // An institution's data comes through its authority: the page is not there for it (404).
  await requirePermission(`/${locale}/org/${orgId}/admin/data-exchange`, 'org.exchange.manage', await getOrgAuth(orgId), 'not-found');
  const { org } = await getOrgContext(id, locale);
  const t = await getTranslations('DataExchange');
  const tAdmin = await getTranslations('Admin');
  const runId = single((await searchParams).run);
  const run = runId ? await runView(getDb(), org.id, runId) : null;
  const base = `/org/${org.id}/admin`;
  return (
    <div className="flex flex-col gap-4">
      <Breadcrumbs items={[{ label: org.shortName, href: `/org/${org.id}` }, { label: tAdmin('title'), href: base }, { label: t('title') }]} />
      <h2 className="text-xl font-semibold">{t('title')}</h2>
      <section aria-labelledby="import-heading" className="flex flex-col gap-3 card">
        <h3 id="import-heading" className="text-lg font-semibold">
          {t('import_title')}
        </h3>
        {runId && !run && <p role="status" className="rounded border border-amber-300 bg-amber-50 px-3 py-2">{t('gone')}</p>}
        {run ? (
          <>
            <RunPanel key={run.id} orgId={org.id} initial={run} />
            <NavLink href={`${base}/data-exchange`} className="text-sky-800 underline">
              {t('another')}
            </NavLink>
          </>
        ) : (
          <>
            <p>{t('import_intro', { max: Math.round(PAGE_LIMITS.bundleBytes / 1024 ** 2) })}</p>
            <BundleUpload orgId={org.id} />
          </>
        )}
      </section>
      <section aria-labelledby="export-heading" className="flex flex-col gap-3 card">
        <h3 id="export-heading" className="text-lg font-semibold">
          {t('export_title')}
        </h3>
        <p>{t('export_intro')}</p>
        <a href={`/api/org/${org.id}/oneroster/export`} download className={buttonClass({ className: 'self-start' })}>
          {t('export')}
        </a>
      </section>
    </div>
  );
}
