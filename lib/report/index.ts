export * from './errors';
export * from './meta-schema';
export * from './numerals';
export * from './parse-report';
export * from './types';
export * from './open-data';
