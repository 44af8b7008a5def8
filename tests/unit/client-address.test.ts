import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clientAddress, markSocketAddressStamped, normalizeAddress, parseTrustedProxies, SOCKET_ADDRESS_HEADER } from '@/lib/client-address';

const request = (socket: string, forwarded?: string) => new Headers({ [SOCKET_ADDRESS_HEADER]: socket, ...(forwarded ? { 'x-forwarded-for': forwarded } : {}) });

describe('the client address', () => {
  beforeEach(() => markSocketAddressStamped());
  afterEach(() => {
    delete process.env.KUNDELIK_STAMPS_SOCKET_ADDRESS;
  });

  it('is the socket address without trusted proxies, however X-Forwarded-For rotates', () => {
    const none = parseTrustedProxies(undefined);
    const seen = new Set(['1.1.1.1', '2.2.2.2, 3.3.3.3', 'garbage', ''].map((xff) => clientAddress(request('203.0.113.9', xff), none)));
    expect([...seen]).toEqual(['203.0.113.9']);
    expect(clientAddress({ [SOCKET_ADDRESS_HEADER]: '::ffff:198.51.100.4', 'x-forwarded-for': '1.1.1.1' }, parseTrustedProxies('0'))).toBe('198.51.100.4');
  });

  it('is nobody when the server did not stamp the socket address (a client-written header is not believed)', () => {
    delete process.env.KUNDELIK_STAMPS_SOCKET_ADDRESS;
    expect(clientAddress(request('203.0.113.9', '1.1.1.1'), parseTrustedProxies('1'))).toBeNull();
  });

  it('with a hop count, is the address the nearest trusted proxy saw', () => {
    const oneProxy = parseTrustedProxies('1');
    // nginx appends the address it saw to whatever the client sent.
    expect(clientAddress(request('10.0.0.2', '6.6.6.6, 198.51.100.7'), oneProxy)).toBe('198.51.100.7');
    expect(clientAddress(request('10.0.0.2', '198.51.100.7'), oneProxy)).toBe('198.51.100.7');
    expect(clientAddress(request('10.0.0.2'), oneProxy)).toBe('10.0.0.2');
    expect(clientAddress(request('10.0.0.2', '6.6.6.6, 198.51.100.7:5123, 10.0.0.3'), parseTrustedProxies('2'))).toBe('198.51.100.7');
  });

  it('with an address list, skips the trusted proxies from the right', () => {
    const proxies = parseTrustedProxies('10.0.0.0/8, 2001:db8::1');
    expect(clientAddress(request('10.0.0.2', '6.6.6.6, 198.51.100.7, 10.1.2.3'), proxies)).toBe('198.51.100.7');
    expect(clientAddress(request('2001:db8::1', '[2001:db8::99]:443'), proxies)).toBe('2001:db8::99');
    // A socket that is not a trusted proxy: its X-Forwarded-For is the client's own invention.
    expect(clientAddress(request('198.51.100.8', '1.1.1.1'), proxies)).toBe('198.51.100.8');
  });

  it('refuses a malformed TRUSTED_PROXIES with the reason', () => {
    expect(() => parseTrustedProxies('10.0.0.1, proxy.local')).toThrow('"proxy.local" is not an address or a CIDR range');
    expect(() => parseTrustedProxies('10.0.0.0/40')).toThrow('wrong prefix length');
    expect(() => parseTrustedProxies('99')).toThrow('hop count');
  });

  it('normalizes what sockets and proxies write', () => {
    expect(normalizeAddress('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(normalizeAddress('[::1]:8080')).toBe('::1');
    expect(normalizeAddress('fe80::1%eth0')).toBe('fe80::1');
    expect(normalizeAddress('unknown')).toBeNull();
  });
});
