// One view store per timeline panel: frame, window, lanes, selection, table mode.
export * from './viewState.ts';
export * from './createViewStore.ts';
export * from './ViewStoreContext.tsx';
