import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ActionError } from '@/lib/action-core';
import type { CurrentUser } from '@/lib/auth/permissions';
import { command, runCommand } from '@/lib/command';
import { orgAuth } from '../support/org-auth';
import { idField } from '@/lib/ids';
import { useTestDatabase } from './test-database';

// The work runs in a transaction of a real database; the organisations come from a stand-in loader.
const { db } = await useTestDatabase();

const admin: CurrentUser = {
  id: 5,
  personId: 5,
  login: 'admin',
  fullName: 'A',
  memberships: [{ organizationId: 1, organizationKind: 'authority', role: 'employee', isAdmin: true, isModerator: false, isEditor: false }],
};

/** Organisations 1 and 2 exist (the admin's is 1); the runner loads the one the input names. */
const loadOrg = async (id: number) => (id === 1 || id === 2 ? orgAuth(id) : null);

const schema = z.object({ orgId: idField, name: z.string().trim().min(1, 'required').max(5, 'too_long'), count: z.coerce.number().int() });

function formData(values: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.append(k, v);
  return data;
}

describe('runCommand', () => {
  it('refuses a signed-out caller before reading the input', async () => {
    const handler = vi.fn();
    const result = await runCommand(db, command(schema, 'org.settings.edit', handler), null, formData({}), { loadOrg });
    expect(result).toEqual({ ok: false, messageKey: 'unauthenticated' });
    expect(handler).not.toHaveBeenCalled();
  });

  it('returns every field error as a message key and does not run the handler', async () => {
    const handler = vi.fn();
    const result = await runCommand(db, command(schema, 'org.settings.edit', handler), admin, formData({ orgId: '1', name: 'too long name', count: 'x' }), { loadOrg });
    expect(result).toMatchObject({ ok: false, messageKey: 'invalid', fieldErrors: { name: ['too_long'], count: ['invalid'] } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('checks the permission on the organisation named in the input', async () => {
    const handler = vi.fn();
    const result = await runCommand(db, command(schema, 'org.settings.edit', handler), admin, formData({ orgId: '2', name: 'ok', count: '1' }), { loadOrg });
    expect(result).toEqual({ ok: false, messageKey: 'forbidden' });
    expect(handler).not.toHaveBeenCalled();
  });

  it('coerces form strings and runs the handler with the user and organisation', async () => {
    const result = await runCommand(
      db,
      command(schema, 'org.settings.edit', async (_tx, input, ctx) => `${input.name}:${input.count + 1}:${ctx.orgId}:${ctx.user.login}`),
      admin,
      formData({ orgId: '1', name: ' ok ', count: '3' }),
      { loadOrg },
    );
    expect(result).toEqual({ ok: true, data: 'ok:4:1:admin' });
  });

  it('turns a domain error into its message and hides an unexpected one', async () => {
    const refusing = command(schema, 'org.settings.edit', async () => {
      throw new ActionError('iin_taken', { iin: ['iin_taken'] });
    });
    const domain = await runCommand(db, refusing, admin, { orgId: 1, name: 'x', count: 1 }, { loadOrg });
    expect(domain).toEqual({ ok: false, messageKey: 'iin_taken', fieldErrors: { iin: ['iin_taken'] } });
    const logged = vi.fn();
    const failing = command(schema, 'org.settings.edit', async () => {
      throw new Error('duplicate key value violates unique constraint');
    });
    const unexpected = await runCommand(db, failing, admin, { orgId: 1, name: 'x', count: 1 }, { loadOrg, onUnexpected: logged });
    expect(unexpected).toEqual({ ok: false, messageKey: 'server_error' });
    expect(logged).toHaveBeenCalledOnce();
  });
});
