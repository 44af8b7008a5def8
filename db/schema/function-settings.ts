/**
 * The organisation's functions (F-4.4). Stored as one JSON value on the organisation so a
 * switch can be turned off and on again without touching any other table.
 */
export type FunctionSettings = {
  forums: { enabled: boolean; visibleTo: 'all_users' | 'members'; topicsOpenedBy: 'participants' | 'moderators' };
  documents: { enabled: boolean; uploadBy: 'staff' | 'admins' };
  pages: { enabled: boolean };
  structure: { enabled: boolean };
  feedback: { enabled: boolean; reception: boolean; applications: boolean; questions: boolean };
  site: { enabled: boolean };
};

export const defaultFunctionSettings: FunctionSettings = {
  forums: { enabled: true, visibleTo: 'all_users', topicsOpenedBy: 'participants' },
  documents: { enabled: true, uploadBy: 'staff' },
  pages: { enabled: true },
  structure: { enabled: true },
  feedback: { enabled: true, reception: true, applications: false, questions: true },
  site: { enabled: true },
};
