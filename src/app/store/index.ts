// App-wide state: the library, and the reader's own case files.
export * from './libraryStore.ts';
export type { KeptFile } from './ownCaseStorage.ts';
