import { createRequire } from 'node:module';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

// As in the app (next.config.ts): messages come compiled (lib/i18n/compiled-messages.ts) and are
// formatted without the ICU parser, so tests format them as the app does.
// (Exactly that name: a string alias would also take `use-intl/format-message/format-only`.)
const alias = [
  { find: '@', replacement: path.resolve(import.meta.dirname) },
  { find: /^use-intl\/format-message$/, replacement: createRequire(import.meta.url).resolve('use-intl/format-message/format-only') },
];

export default defineConfig({
  resolve: { alias: [...alias, { find: 'server-only', replacement: path.resolve(import.meta.dirname, 'tests/server-only-stub.ts') }] },
  // Imports inside next-intl and use-intl go through the alias above only when Vite bundles them.
  test: {
    server: { deps: { inline: ['next-intl', 'use-intl'] } },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'db',
          include: ['tests/db/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/db/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
