import 'server-only';
import { headers } from 'next/headers';
import { getEnv } from '@/lib/env';

/** The public site of an organisation (DESIGN.md "The public cached site"). */
export function publicSiteUrl(origin: string, locale: string, orgId: number): string {
  return `${origin.replace(/\/+$/, '')}/${locale}/site/${orgId}`;
}

/** NEXTAUTH_URL's origin when set (the address users know), else the request's own host. */
export async function appOrigin(): Promise<string> {
  const configured = getEnv().NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  const h = await headers();
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost';
  const proto = h.get('x-forwarded-proto') ?? (host.startsWith('localhost') ? 'http' : 'https');
  return `${proto.split(',')[0]!.trim()}://${host.split(',')[0]!.trim()}`;
}
