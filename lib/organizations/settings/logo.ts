import 'server-only';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { z } from 'zod';
import type { DbExecutor } from '@/db/index';
import { organizations } from '@/db/schema/index';
import { ActionError } from '@/lib/action-core';
import { recordAudit } from '@/lib/audit/record';
import { command } from '@/lib/command';
import { idField } from '@/lib/ids';
import { type FileStorage, getStorage, newStorageKey } from '@/lib/storage/index';
import { detectContentType } from '@/lib/storage/detect-type';

/**
 * The organisation's logo (F-4.2, the guide's figure 7): JPG or PNG by content, at most 4 MB,
 * scaled down to fit 150×150 and stored as PNG. The pixel limit stops decompression bombs: a
 * small file that claims a huge picture is refused from its header, before it is decoded.
 */
export const LOGO_MAX_BYTES = 4 * 1024 * 1024;
export const LOGO_SIZE = 150;
export const LOGO_MAX_PIXELS = 40_000_000;

export type PreparedLogo = { png: Buffer; width: number; height: number };

function refuse(messageKey: string): never {
  throw new ActionError(messageKey, { file: [messageKey] });
}

export async function prepareLogo(bytes: Uint8Array): Promise<PreparedLogo> {
  if (bytes.byteLength === 0) refuse('Logo.file_empty');
  if (bytes.byteLength > LOGO_MAX_BYTES) refuse('Logo.too_large');
  const type = detectContentType(bytes.subarray(0, 64), { isUtf8Text: false });
  if (type !== 'image/png' && type !== 'image/jpeg') refuse('Logo.wrong_format');
  const options = { limitInputPixels: LOGO_MAX_PIXELS } as const;
  const metadata = await sharp(bytes, options)
    .metadata()
    .catch((error: unknown) => refuse(error instanceof Error && /pixel limit/i.test(error.message) ? 'Logo.too_many_pixels' : 'Logo.corrupt'));
  if (metadata.format !== 'png' && metadata.format !== 'jpeg') refuse('Logo.wrong_format');
  if (!metadata.width || !metadata.height) refuse('Logo.corrupt');
  if (metadata.width * metadata.height > LOGO_MAX_PIXELS) refuse('Logo.too_many_pixels');
  try {
    const { data, info } = await sharp(bytes, options)
      .rotate()
      .resize(LOGO_SIZE, LOGO_SIZE, { fit: 'inside', withoutEnlargement: true })
      .png()
      .toBuffer({ resolveWithObject: true });
    return { png: data, width: info.width, height: info.height };
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message)) refuse('Logo.too_many_pixels');
    refuse('Logo.corrupt');
  }
}

/**
 * Checks and scales the upload, stores it under a fresh key, points the organisation at it and
 * removes the old file (after the row changed, so a failure never leaves the logo missing).
 */
export async function replaceLogo(db: DbExecutor, storage: FileStorage, args: { orgId: number; userId: number; bytes: Uint8Array }) {
  const logo = await prepareLogo(args.bytes);
  const key = newStorageKey('logos');
  await storage.put(key, new Uint8Array(logo.png), { contentType: 'image/png' });
  let previous: string | null = null;
  try {
    await db.transaction(async (tx) => {
      const [org] = await tx.select({ logoKey: organizations.logoKey }).from(organizations).where(eq(organizations.id, args.orgId)).for('update');
      if (!org) throw new ActionError('forbidden');
      previous = org.logoKey;
      await tx.update(organizations).set({ logoKey: key }).where(eq(organizations.id, args.orgId));
      await recordAudit(tx, { actorUserId: args.userId, organizationId: args.orgId, action: 'organization.logo.replace', entity: 'organization', entityId: args.orgId, changes: { logoKey: { from: previous, to: key } } });
    });
  } catch (error) {
    await storage.remove(key).catch(() => {});
    throw error;
  }
  if (previous) await storage.remove(previous).catch(() => {});
  return { key, width: logo.width, height: logo.height };
}

/**
 * Settings → Logo, the upload (POST /api/logo, a route handler so a file past 4 MB gets the
 * guide's message): admins only. The body is read by `body` only once `can` has let the caller
 * in, so nobody else makes the server read a byte of it. Every page of the organisation shows it.
 */
export const replaceLogoCommand = command(
  z.object({ orgId: idField, body: z.custom<() => Promise<Uint8Array>>((value) => typeof value === 'function') }),
  'org.settings.edit',
  async (tx, input, { user }) => {
    const logo = await replaceLogo(tx, getStorage(), { orgId: input.orgId, userId: user.id, bytes: await input.body() });
    return { width: logo.width, height: logo.height };
  },
  { expires: ['profile'] },
);

export async function deleteLogo(db: DbExecutor, storage: FileStorage, args: { orgId: number; userId: number }) {
  const previous = await db.transaction(async (tx) => {
    const [org] = await tx.select({ logoKey: organizations.logoKey }).from(organizations).where(eq(organizations.id, args.orgId)).for('update');
    if (!org?.logoKey) return null;
    await tx.update(organizations).set({ logoKey: null }).where(eq(organizations.id, args.orgId));
    await recordAudit(tx, { actorUserId: args.userId, organizationId: args.orgId, action: 'organization.logo.delete', entity: 'organization', entityId: args.orgId, changes: { logoKey: { from: org.logoKey, to: null } } });
    return org.logoKey;
  });
  if (previous) await storage.remove(previous).catch(() => {});
  return { removed: previous !== null };
}

/** Settings → Logo, Delete: admins only; every page of the organisation shows the logo. */
export const deleteLogoCommand = command(z.object({ orgId: idField }), 'org.settings.edit', (tx, input, { user }) => deleteLogo(tx, getStorage(), { orgId: input.orgId, userId: user.id }), {
  expires: ['profile'],
});

export { logoUrl } from './logo-url';

/** The storage key of the organisation's logo, or null when it has none (or is no organisation). */
export async function logoKeyOf(db: DbExecutor, orgId: number): Promise<string | null> {
  const [org] = await db.select({ logoKey: organizations.logoKey }).from(organizations).where(eq(organizations.id, orgId));
  return org?.logoKey ?? null;
}
