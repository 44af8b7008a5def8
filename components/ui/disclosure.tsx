'use client';

import { useState, type ReactNode } from 'react';

/**
 * A <details> whose content is rendered once it is first opened, and kept after: a form on every
 * row of a list (a file's Rename and Move) sent every row's closed form — its fields, buttons and
 * the action's hidden inputs — in the page's HTML, ≈ 1 KB a row that nobody sees until they open it.
 */
export function Disclosure({ summary, className, children }: { summary: ReactNode; className?: string; children: ReactNode }) {
  const [opened, setOpened] = useState(false);
  return (
    <details className={className} onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary className="cursor-pointer text-sky-800 hover:underline">{summary}</summary>
      {opened && children}
    </details>
  );
}
