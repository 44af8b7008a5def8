import { Link } from '@/lib/i18n/navigation';

/** The guide's "palm" mark of a registered user; it opens the user's personal page. */
export function PalmLink({ userId, label }: { userId: number; label: string }) {
  return (
    <Link href={`/users/${userId}`} aria-label={label} title={label} className="inline-flex h-7 w-7 items-center justify-center rounded-full bg-green-100 text-green-800 hover:bg-green-200">
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4" fill="currentColor">
        <path d="M12.5 2a1.5 1.5 0 0 1 1.5 1.5V11h.5V4.5a1.5 1.5 0 0 1 3 0V12h.5V7.5a1.5 1.5 0 0 1 3 0V15a7 7 0 0 1-7 7h-1a7 7 0 0 1-5.9-3.2L3.3 14.6a1.5 1.5 0 0 1 2.4-1.8L8 15.5V5.5a1.5 1.5 0 0 1 3 0V11h.5V3.5A1.5 1.5 0 0 1 12.5 2Z" />
      </svg>
    </Link>
  );
}
