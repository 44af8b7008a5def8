import 'server-only';
import type { z } from 'zod';
import { getDb } from '@/db';
import { action } from './action';
import { invalidateOrg, type OrgCacheScope } from './cache';
import type { Command } from './command';

/**
 * A command as a server action: permission and input checked by `action`, the work done on the
 * app's database, then the public site's pages showing `scopes` expired (read-your-own-writes).
 */
export function commandAction<S extends z.ZodType, T>(cmd: Command<S, T>, ...scopes: OrgCacheScope[]) {
  return action(cmd.schema, cmd.permission, async (input, ctx) => {
    const data = await cmd.run(getDb(), input, ctx);
    if (ctx.orgId !== null) invalidateOrg(ctx.orgId, ...scopes);
    return data;
  });
}
