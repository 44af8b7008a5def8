import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { Breadcrumbs, type Crumb } from '@/components/layout/breadcrumbs';

/**
 * Organisation › Forum › forum › topic › current page, each a link but the last. `basePath` is
 * '/org/{id}/forum'.
 */
export async function ForumCrumbs({
  org,
  basePath,
  forum,
  topic,
  current,
}: {
  org: { id: number; shortName: string };
  basePath: string;
  forum?: { id: number; title: string };
  topic?: { id: number; title: string };
  current?: string;
}) {
  const t = await getTranslations('Forum');
  const items: Crumb[] = [{ label: org.shortName, href: `/org/${org.id}` }, { label: t('title'), href: basePath }];
  if (forum) items.push({ label: forum.title, href: `${basePath}/${forum.id}` });
  if (forum && topic) items.push({ label: topic.title, href: `${basePath}/${forum.id}/topics/${topic.id}` });
  if (current) items.push({ label: current });
  return <Breadcrumbs items={items} />;
}

/** A white panel with its heading, for the forum's forms. */
export function Panel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="card">
      <h2 id={id} className="mb-4 text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
