import type { ReactNode } from 'react';

/** A success message in the forms' style (FormMessage, the action notice at the top of the page). */
export function SuccessText({ children, role }: { children: ReactNode; role?: 'status' }) {
  return (
    <p role={role} className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-800">
      {children}
    </p>
  );
}
