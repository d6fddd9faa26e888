// The app's routes: addresses of each page and the hook that follows the hash.
export * from './route.ts';
export * from './useRoute.ts';
