import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ConfirmDeleteForm } from '@/components/content/confirm-delete-form';
import { InteractivePageView } from '@/components/content/interactive-page-view';
import { SectionLink } from '@/components/content/section';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { can } from '@/lib/auth/permissions';
import { deletePageAndReturn } from '@/lib/content/actions';
import { getInteractivePage } from '@/lib/content/queries';
import { parseId } from '@/lib/ids';
import { type OrgContext, requireOrgTab } from '@/lib/organizations/org-context';

type Props = { params: Promise<{ locale: string; id: string; pageId: string }> };

async function load({ params }: Props): Promise<{ context: OrgContext; page: NonNullable<Awaited<ReturnType<typeof getInteractivePage>>> }> {
  const { locale, id, pageId } = await params;
  const context = await requireOrgTab(id, locale, 'page');
  if (!can(context.user, 'org.pages.view', context.auth)) notFound();
  const page = (await getInteractivePage({ orgId: context.org.id, pageId: parseId(pageId) ?? notFound() })) ?? notFound();
  return { context, page };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { page } = await load(props);
  return { title: page.title };
}

/** One interactive page; admins edit and delete it. 404 while the Pages function is off. */
export default async function InteractivePageRoute(props: Props) {
  const { context, page } = await load(props);
  const { org, auth, user } = context;
  const editable = can(user, 'org.pages.edit', auth);
  const t = await getTranslations('InteractivePages');
  const tCommon = await getTranslations('Common');
  return (
    <>
      <Breadcrumbs items={[{ label: org.shortName, href: `/org/${org.id}` }, { label: t('title'), href: `/org/${org.id}` }, { label: page.title }]} />
      <InteractivePageView page={page} timeZone={org.timeZone} />
      {editable && (
        <div className="flex items-center gap-3 text-sm print:hidden">
          <SectionLink href={`/org/${org.id}/pages/${page.id}/edit`}>
            {tCommon('edit')}
          </SectionLink>
          <ConfirmDeleteForm
            action={deletePageAndReturn}
            fields={{ orgId: org.id, pageId: page.id }}
            trigger={tCommon('delete')}
            title={t('delete_title', { title: page.title })}
            text={t('delete_text')}
          />
        </div>
      )}
    </>
  );
}
