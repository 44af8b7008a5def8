export * from './enums';
export * from './function-settings';
export * from './territories';
export * from './organizations';
export * from './people';
export * from './system';
export * from './content';
export * from './administration';
