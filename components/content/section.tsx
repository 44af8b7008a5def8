import type { ReactNode } from 'react';
import { ButtonLink } from '@/components/ui/button-link';

/** A titled white block of an organisation's tab, with an optional count and actions (Add, All …). */
export function Section({ id, title, count, actions, children }: { id: string; title: string; count?: number; actions?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="card">
      <div className="card-head">
        <h2 id={id} className="card-title">
          {title}
          {count !== undefined && (
            <>
              {' '}
              <span className="ml-1 rounded-full bg-sky-100 px-2 py-0.5 text-sm font-medium text-sky-900" data-testid={`${id}-count`}>
                {count}
              </span>
            </>
          )}
        </h2>
        {actions && <div className="card-actions">{actions}</div>}
      </div>
      {children}
    </section>
  );
}

/** A section's link: `primary` for the one main step (Add …), plain for the others (All …, Edit). */
export function SectionLink({ href, primary = false, label, children }: { href: string; primary?: boolean; label?: string; children: ReactNode }) {
  return (
    <ButtonLink href={href} variant={primary ? 'primary' : 'link'} size="sm" aria-label={label}>
      {children}
    </ButtonLink>
  );
}

/** The white card around an add or edit form. */
export function FormCard({ id, title, wide = false, children }: { id: string; title: string; wide?: boolean; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={`${wide ? 'max-w-4xl' : 'max-w-3xl'} card`}>
      <h2 id={id} className="mb-4 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="text-neutral-600">{children}</p>;
}

/** "Nothing here" as a white card of its own, where the list it replaces stands on no card. */
export function EmptyCard({ children }: { children: ReactNode }) {
  return <p className="card text-neutral-600">{children}</p>;
}
