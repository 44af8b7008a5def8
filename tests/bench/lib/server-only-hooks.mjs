/**
 * Module hooks (node:module `register`) for a benchmark that writes through the app's own
 * commands: their modules import 'server-only', which throws anywhere but in Next's server
 * bundle. It resolves to the same empty module vitest's alias gives the tests
 * (tests/server-only-stub.ts, vitest.config.ts).
 */
const stub = new URL('../../server-only-stub.ts', import.meta.url).href;

export async function resolve(specifier, context, next) {
  if (specifier === 'server-only') return { url: stub, shortCircuit: true };
  return next(specifier, context);
}
