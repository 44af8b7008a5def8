import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { EmptyState, Section } from '@/components/content/section';
import { personRef } from '@/components/ui/person-name';
import type { OrganizationPerson } from '@/lib/organizations/queries';
import { PeopleItems } from './people-items';

/** A titled list of people with their position (leaders, administrators); `actions`: Add for admins. */
export async function PeopleBlock({ id, title, empty, people, actions }: { id: string; title: string; empty: string; people: OrganizationPerson[]; actions?: ReactNode }) {
  const tRoles = await getTranslations('Roles');
  return (
    <Section id={id} title={title} actions={actions}>
      {people.length === 0 ? (
        <EmptyState>{empty}</EmptyState>
      ) : (
        <PeopleItems
          people={people.map((p) => ({
            key: `${p.personId}-${p.role}`,
            person: personRef(p),
            position: p.position || tRoles(p.role),
          }))}
        />
      )}
    </Section>
  );
}
