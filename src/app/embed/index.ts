// The embed route's link (options beside the view's own parameters) and the share dialog's addresses.
export * from './embedQuery.ts';
export * from './share.ts';
export * from './slide.ts';
export { viewQueryContext } from './viewContext.ts';
export * from './present.ts';
