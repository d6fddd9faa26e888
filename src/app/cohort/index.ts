// The cohort page's view in the address, beside the case's and the comparison's.
export * from './useCohortQuery.ts';
