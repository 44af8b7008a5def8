import { z } from 'zod';
import { idField } from '@/lib/ids';
import { checkbox } from '@/lib/form-fields';

/**
 * The Functions form (F-4.4) as one zod schema of the whole FunctionSettings. Form fields are
 * named by path ('forums.enabled'); a checkbox (lib/form-fields.ts) arrives as 'on' when ticked and is missing when not.
 */

// Sections whose fields are all checkboxes may arrive missing entirely (all unticked): prefault.
export const functionSettingsSchema = z.object({
  forums: z.object({
    enabled: checkbox,
    visibleTo: z.enum(['all_users', 'members'], 'invalid'),
    topicsOpenedBy: z.enum(['participants', 'moderators'], 'invalid'),
  }),
  documents: z.object({ enabled: checkbox, uploadBy: z.enum(['staff', 'admins'], 'invalid') }),
  pages: z.object({ enabled: checkbox }).prefault({}),
  structure: z.object({ enabled: checkbox }).prefault({}),
  feedback: z.object({ enabled: checkbox, reception: checkbox, applications: checkbox, questions: checkbox }).prefault({}),
  site: z.object({ enabled: checkbox }).prefault({}),
});

/** 'forums.enabled' → { forums: { enabled } }, so flat form fields meet the nested schema. */
export function nestFieldPaths(raw: unknown): unknown {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const path = key.split('.');
    let node = out;
    for (const part of path.slice(0, -1)) {
      const next = node[part];
      node = (node[part] = next !== null && typeof next === 'object' ? next : {}) as Record<string, unknown>;
    }
    const last = path[path.length - 1]!;
    const existing = node[last];
    node[last] = existing !== null && typeof existing === 'object' && typeof value === 'object' ? { ...existing, ...(value as object) } : value;
  }
  return out;
}

export const saveFunctionsSchema = z.preprocess(nestFieldPaths, functionSettingsSchema.extend({ orgId: idField }));
export type SaveFunctionsInput = z.infer<typeof saveFunctionsSchema>;
