// App-wide state: the library, the reader's own case files, and the export drawing flag.
export * from './exportDrawing.ts';
export * from './libraryStore.ts';
export * from './ownCaseStorage.ts';
