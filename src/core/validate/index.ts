// Validation of case files and the library index: problems with file, path, line, expectation and fix.
export type { Problem } from './problem.ts';
export { formatProblem, joinPath } from './problem.ts';
export {
  validateCaseText,
  checkCaseText,
  type CaseCheck,
  type CaseLimits,
} from './validateCase.ts';
export { validateIndexText } from './validateIndex.ts';
export { hasErrors } from './draft.ts';
export { createLocator, type Locator, type Position } from './locate.ts';
export { MAX_CASE_BYTES, MAX_EVENTS, MAX_POINTS, OPEN_FILE_LIMITS, sizeText } from './limits.ts';
