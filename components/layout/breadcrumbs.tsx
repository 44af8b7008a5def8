import { getTranslations } from 'next-intl/server';
import { BreadcrumbTrail, type Crumb } from './breadcrumb-trail';

export type { Crumb };

export async function Breadcrumbs({ items }: { items: Crumb[] }) {
  const t = await getTranslations('Breadcrumbs');
  return <BreadcrumbTrail label={t('label')} items={items} />;
}
