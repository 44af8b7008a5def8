'use client';

/** Opens the browser's print dialog for the print view. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="rounded bg-sky-800 px-4 py-2 font-semibold text-white hover:bg-sky-900">
      {label}
    </button>
  );
}
