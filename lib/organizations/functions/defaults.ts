import { defaultFunctionSettings, type FunctionSettings } from '@/db/schema/index';

/**
 * The stored settings with every key present: a value saved before a setting existed gets the
 * setting's default, so readers never meet a missing key.
 */
export function withDefaultFunctions(stored: Partial<{ [K in keyof FunctionSettings]: Partial<FunctionSettings[K]> }> | null | undefined): FunctionSettings {
  const s = stored ?? {};
  return {
    forums: { ...defaultFunctionSettings.forums, ...s.forums },
    documents: { ...defaultFunctionSettings.documents, ...s.documents },
    pages: { ...defaultFunctionSettings.pages, ...s.pages },
    structure: { ...defaultFunctionSettings.structure, ...s.structure },
    feedback: { ...defaultFunctionSettings.feedback, ...s.feedback },
    site: { ...defaultFunctionSettings.site, ...s.site },
  };
}
