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
export {
  caseFromCheck,
  loadOwnCase,
  ownFileTooLarge,
  ownFileUnreadable,
  isOwnCase,
  OWN_PREFIX,
} from './caseFromText.ts';
export * from './librarySummary.ts';
export * from './entryFacts.ts';
export { contentHash } from './contentHash.ts';
