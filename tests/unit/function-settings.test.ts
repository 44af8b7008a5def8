import { describe, expect, it } from 'vitest';
import { defaultFunctionSettings } from '@/db/schema';
import { withDefaultFunctions } from '@/lib/organizations/functions/defaults';
import { functionChanges } from '@/lib/organizations/functions/save';
import { nestFieldPaths, saveFunctionsSchema } from '@/lib/organizations/functions/schema';

function form(values: Record<string, string>) {
  return Object.fromEntries(Object.entries(values));
}

describe('the Functions form schema', () => {
  it('reads ticked checkboxes as on and missing ones as off, with the selects', () => {
    const parsed = saveFunctionsSchema.parse(
      form({
        orgId: '1',
        'forums.enabled': 'on',
        'forums.visibleTo': 'members',
        'forums.topicsOpenedBy': 'moderators',
        'documents.uploadBy': 'admins',
        'feedback.enabled': 'on',
        'feedback.questions': 'on',
      }),
    );
    expect(parsed).toEqual({
      orgId: 1,
      forums: { enabled: true, visibleTo: 'members', topicsOpenedBy: 'moderators' },
      documents: { enabled: false, uploadBy: 'admins' },
      pages: { enabled: false },
      structure: { enabled: false },
      feedback: { enabled: true, reception: false, applications: false, questions: true },
      site: { enabled: false },
    });
  });

  it('refuses an unknown choice with the field named', () => {
    const result = saveFunctionsSchema.safeParse(form({ orgId: '1', 'forums.visibleTo': 'everyone', 'forums.topicsOpenedBy': 'moderators', 'documents.uploadBy': 'staff' }));
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ path: ['forums', 'visibleTo'], message: 'invalid' });
  });

  it('nests dotted field names and leaves other values alone', () => {
    expect(nestFieldPaths({ a: '1', 'b.c': 'x', 'b.d': 'y' })).toEqual({ a: '1', b: { c: 'x', d: 'y' } });
    expect(nestFieldPaths(null)).toBeNull();
  });
});

describe('functionChanges', () => {
  it('lists each changed switch by its path with from and to', () => {
    const after = { ...defaultFunctionSettings, forums: { ...defaultFunctionSettings.forums, enabled: false }, site: { enabled: false } };
    expect(functionChanges(defaultFunctionSettings, after)).toEqual({
      'forums.enabled': { from: true, to: false },
      'site.enabled': { from: true, to: false },
    });
    expect(functionChanges(defaultFunctionSettings, defaultFunctionSettings)).toEqual({});
  });
});

describe('withDefaultFunctions', () => {
  it('fills settings that were stored before they existed', () => {
    expect(withDefaultFunctions({ forums: { enabled: false } })).toEqual({ ...defaultFunctionSettings, forums: { ...defaultFunctionSettings.forums, enabled: false } });
    expect(withDefaultFunctions(null)).toEqual(defaultFunctionSettings);
  });
});
