export * from './load';
export * from './queries';
export * from './site-schema';
