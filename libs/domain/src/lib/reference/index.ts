export * from './regions';
export * from './effra-domains';
export * from './partners';
export * from './phases';
export * from './streams';
export * from './initiatives';
export * from './funding-instruments';
