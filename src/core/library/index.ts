// Loading the case library: index plus case files, each validated and resolved on its own.
export {
  loadLibrary,
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
