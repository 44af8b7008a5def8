import NextAuth from 'next-auth';
import { NextRequest } from 'next/server';
import { getAuthOptions } from '@/lib/auth/options';
import { BodyTooLargeError, readBody } from '@/lib/http/body';

type Context = { params: Promise<{ nextauth: string[] }> };

/** A sign-in or sign-out form is a few hundred bytes; next-auth itself would read any body whole. */
const AUTH_MAX_BYTES = 16 * 1024;

async function handler(request: NextRequest, context: Context) {
  if (request.method !== 'POST') return NextAuth(getAuthOptions())(request, context);
  let body: Uint8Array;
  try {
    body = await readBody(request, AUTH_MAX_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return new Response('Payload too large', { status: 413, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    throw error;
  }
  // next-auth parses a JSON body without a guard: a broken one is the client's error, not ours.
  if (request.headers.get('content-type')?.includes('application/json') && !isJson(body)) return new Response('Bad request', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const bounded = new NextRequest(request.url, { method: 'POST', headers: request.headers, body: body as BodyInit });
  return NextAuth(getAuthOptions())(bounded, context);
}

function isJson(bytes: Uint8Array): boolean {
  try {
    JSON.parse(Buffer.from(bytes).toString('utf8'));
    return true;
  } catch {
    return false;
  }
}

export { handler as GET, handler as POST };
