import { z } from 'zod';
import { orgIdField } from '@/lib/action-core';
import { idField } from '@/lib/ids';
import { optionalId } from './settings-schemas';

/**
 * Settings → Lower authorities' jurisdiction: `orgId` is the authority whose admin acts, `authorityId`
 * the authority under it whose jurisdiction changes; no territory means its own structure only.
 */
export const jurisdictionSchema = z.object({
  orgId: orgIdField,
  authorityId: idField,
  territoryId: optionalId,
});

export type JurisdictionInput = z.infer<typeof jurisdictionSchema>;
