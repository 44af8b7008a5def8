/** Limits shared by the unit form (maxLength) and the actions (zod). */
export const UNIT_LIMITS = { name: 200, info: 5_000, members: 500 } as const;
