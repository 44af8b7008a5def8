/** The logo's address; the key's last part versions it, so browsers may keep it for long. */
export function logoUrl(orgId: number, logoKey: string | null): string | null {
  return logoKey ? `/api/logo/${orgId}?v=${logoKey.split('/').pop()}` : null;
}
