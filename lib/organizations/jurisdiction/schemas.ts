import { z } from 'zod';
import { idField, optionalIdField } from '@/lib/ids';

/**
 * Settings → Lower authorities' jurisdiction: `orgId` is the authority whose admin acts, `authorityId`
 * the authority under it whose jurisdiction changes; no territory means its own structure only.
 */
export const jurisdictionSchema = z.object({
  orgId: idField,
  authorityId: idField,
  territoryId: optionalIdField,
});

export type JurisdictionInput = z.infer<typeof jurisdictionSchema>;
