import { mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, startEmbeddedPostgres } from '../../db/embedded/server';
import { migrateDatabase } from '../../db/migrate';

export const TEMPLATE_DB = 'kundelik_template';

/** One real PostgreSQL per test run and one migrated template; each test file clones it. */
export default async function setup(project: TestProject) {
  const root = path.join(os.tmpdir(), `kundelik-vitest-${process.pid}`);
  mkdirSync(root, { recursive: true });
  const server = await startEmbeddedPostgres({ dataDir: path.join(root, 'pg'), port: await freePort() });
  await server.createDatabaseIfMissing(TEMPLATE_DB);
  await migrateDatabase(server.urlFor(TEMPLATE_DB));
  project.provide('pgAdminUrl', server.url);
  project.provide('pgTemplateDb', TEMPLATE_DB);
  return async () => {
    await server.stop();
    rmSync(root, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgTemplateDb: string;
  }
}
