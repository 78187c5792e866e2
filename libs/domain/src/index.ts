export * from './lib/slug';
export * from './lib/reference';
export * from './lib/contracts';
