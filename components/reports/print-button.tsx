'use client';

import { Button } from '@/components/ui/button';

/** Opens the browser's print dialog for the print view. */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button type="button" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
