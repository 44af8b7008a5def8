import type { z } from 'zod';
import type { Database } from '@/db';
import type { ActionContext } from './action-core';
import type { Permission } from './auth/permissions';

/**
 * What a server action does, apart from Next: its input schema, its permission and its work on
 * a given database. The 'use server' file wraps it with `commandAction`; database tests run the
 * very same schema, permission and work through `runAction`, so they test what users call.
 */
export type Command<S extends z.ZodType, T> = {
  schema: S;
  permission: Permission;
  run: (db: Database, input: z.infer<S>, ctx: ActionContext) => Promise<T>;
};

export function command<S extends z.ZodType, T>(schema: S, permission: Permission, run: Command<S, T>['run']): Command<S, T> {
  return { schema, permission, run };
}
