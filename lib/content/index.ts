export * from './load';
export * from './queries';
export * from './site-schema';
export * from './identity';
export * from './preview';
export * from './issuers';
