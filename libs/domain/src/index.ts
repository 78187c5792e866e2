export * from './lib/slug';
export * from './lib/calendar';
export * from './lib/reference';
export * from './lib/permissions';
export * from './lib/actions';
export * from './lib/governance';
export * from './lib/contracts';
export * from './lib/report-charts';
