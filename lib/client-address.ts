import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';

/**
 * The client's address, for the limits that count per address (sign-in, the citizens' forms).
 * The production server (server.ts) stamps every request with the socket's address in
 * SOCKET_ADDRESS_HEADER after dropping any copy a client sent. `X-Forwarded-For`, which any
 * client can write, is read only as far as TRUSTED_PROXIES allows: a number of proxy hops in
 * front of the app, or a list of proxy addresses / CIDR ranges. Without the setting the socket
 * address counts.
 */
export const SOCKET_ADDRESS_HEADER = 'x-kundelik-socket-address';

/** Set by server.ts: a stamped header can be believed only when that server wrote it. */
const STAMPING_ENV = 'KUNDELIK_STAMPS_SOCKET_ADDRESS';

export type TrustedProxies = { hops: number } | { list: BlockList; text: string } | null;

type HeaderSource = Headers | Record<string, unknown> | undefined;

/** server.ts: the socket's address goes into the header, replacing whatever the client sent. */
export function stampSocketAddress(req: IncomingMessage): void {
  delete req.headers[SOCKET_ADDRESS_HEADER];
  const address = normalizeAddress(req.socket.remoteAddress ?? '');
  if (address) req.headers[SOCKET_ADDRESS_HEADER] = address;
}

export function markSocketAddressStamped(): void {
  process.env[STAMPING_ENV] = '1';
}

/**
 * Parses TRUSTED_PROXIES: empty → none; "2" → two proxies in front; "10.0.0.1, 10.1.0.0/16,
 * ::1" → these proxies. Throws with a readable reason when a part is not an address or range.
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const text = (value ?? '').trim();
  if (text === '' || text === '0') return null;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 20) throw new Error('a hop count above 20');
    return { hops };
  }
  const list = new BlockList();
  for (const part of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [address, prefix, extra] = part.split('/');
    const family = isIP(address ?? '');
    if (!family || extra !== undefined) throw new Error(`"${part}" is not an address or a CIDR range`);
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) {
      list.addAddress(address!, type);
      continue;
    }
    const bits = Number(prefix);
    if (!/^\d+$/.test(prefix) || bits > (family === 6 ? 128 : 32)) throw new Error(`"${part}" has a wrong prefix length`);
    list.addSubnet(address!, bits, type);
  }
  return { list, text };
}

/** An address as written in a socket or a forwarded header, or null when it is not one. */
export function normalizeAddress(raw: string): string | null {
  let value = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(':'));
  value = value.replace(/%.*$/, '');
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/i.exec(value);
  if (mapped) value = mapped[1]!;
  return isIP(value) ? value.toLowerCase() : null;
}

function header(headers: HeaderSource, name: string): string | null {
  if (!headers) return null;
  const value = headers instanceof Headers ? headers.get(name) : headers[name];
  if (Array.isArray(value)) return value.join(',');
  return typeof value === 'string' ? value : null;
}

function trusts(proxies: NonNullable<TrustedProxies>, raw: string): boolean {
  const address = normalizeAddress(raw);
  return address !== null && 'list' in proxies && proxies.list.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}

/**
 * The client's address: the socket's, or, with trusted proxies, the address the nearest
 * untrusted hop was seen from. Null when the server did not stamp it (next dev).
 */
export function clientAddress(headers: HeaderSource, proxies: TrustedProxies | undefined): string | null {
  const socket = process.env[STAMPING_ENV] === '1' ? normalizeAddress(header(headers, SOCKET_ADDRESS_HEADER) ?? '') : null;
  if (!socket || !proxies) return socket;
  const forwarded = (header(headers, 'x-forwarded-for') ?? '').split(',').map((part) => part.trim()).filter(Boolean);
  // Right to left: the socket, then each hop's view of the one before it.
  const chain = [...forwarded, socket];
  let index = chain.length - 1;
  if ('hops' in proxies) index = Math.max(0, chain.length - 1 - proxies.hops);
  else while (index > 0 && trusts(proxies, chain[index]!)) index--;
  // A hop we trust writes addresses; anything else came from the client: take the nearest real one.
  for (let i = index; i < chain.length; i++) {
    const address = normalizeAddress(chain[i]!);
    if (address) return address;
  }
  return socket;
}
