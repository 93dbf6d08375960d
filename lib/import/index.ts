export * from './import-report';
export * from './front-matter-writer';
export * from './front-matter-guess';
export * from './structure';
export * from './text-blocks';
export * from './page-chrome';
export * from './slug';
export * from './summary';
