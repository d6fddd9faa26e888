// The curator's editor: drafts with undo and redo, saved in this browser; copying a case into one.
export * from './editorStore.ts';
export * from './draftStorage.ts';
export * from './copyCase.ts';
