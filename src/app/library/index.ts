// The library as pages use it: the filter in the address, and full cases read when needed.
export * from './libraryFilterUrl.ts';
export { useCaseLoads } from './useCaseLoads.ts';
