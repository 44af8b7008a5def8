import { NavLink } from '@/components/ui/nav-link';

/** The guide's "palm" mark of a registered user (drawn by .palm-mark in app/globals.css); it opens the user's personal page. */
export function PalmLink({ userId, label }: { userId: number; label: string }) {
  return (
    <NavLink href={`/users/${userId}`} aria-label={label} title={label} className="inline-flex h-7 w-7 items-center justify-center rounded-full bg-green-100 text-green-800 hover:bg-green-200">
      <span aria-hidden="true" className="palm-mark" />
    </NavLink>
  );
}
