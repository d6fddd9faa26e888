// Loading the case library: index plus case files, each validated and resolved on its own.
export {
  loadLibrary,
  loadListedCase,
  INDEX_PATH,
  type Reader,
  type IndexEntry,
  type CaseLoad,
  type LibraryLoad,
} from './loadLibrary.ts';
export { caseFromCheck, loadOwnCase } from './caseFromText.ts';
export { ownFileTooLarge, ownFileUnreadable, isOwnCase, OWN_PREFIX } from './ownFile.ts';
export * from './librarySummary.ts';
export * from './entryFacts.ts';
export { contentHash } from './contentHash.ts';
