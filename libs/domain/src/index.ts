export * from './lib/slug';
export * from './lib/reference';
export * from './lib/permissions';
export * from './lib/contracts';
