// Key intervals of a case: diagnosis to relapse to infusion to response, toxicity, CAR peak and outcome.
export * from './types.ts';
export { keyIntervals, intervalRow, type KeyIntervals } from './keyIntervals.ts';
export { KEY_INTERVAL_ROWS, rowLabel, type KeyIntervalRow } from './definitions.ts';
export { spanWords } from './words.ts';
export { shortCaseName } from './caseName.ts';
