import { getTranslations } from 'next-intl/server';
import { SectionLink } from '@/components/content/section';

/** "Add" on the leaders' block (Page and Structure tabs) for admins: the page that edits the list. */
export async function LeadersAddLink({ orgId }: { orgId: number }) {
  const t = await getTranslations('Leaders');
  return (
    <SectionLink href={`/org/${orgId}/leaders`} primary label={t('add_label')}>
      {t('add_link')}
    </SectionLink>
  );
}
