import type { ReactNode } from 'react';

/** A titled white block of an organisation's tab, with an optional count and actions (Add, All …). */
export function Section({ id, title, count, actions, children }: { id: string; title: string; count?: number; actions?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg bg-white p-5 shadow-sm">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 id={id} className="text-lg font-semibold">
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
        {actions && <div className="flex flex-wrap items-center gap-3 text-sm print:hidden">{actions}</div>}
      </div>
      {children}
    </section>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="text-neutral-600">{children}</p>;
}
