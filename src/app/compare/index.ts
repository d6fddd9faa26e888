// The two-case comparison's state: its link, its settings store, and how its panes stay linked.
export * from './compareQuery.ts';
export * from './compareStore.ts';
export { useLinkedPanes } from './useLinkedPanes.ts';
export { useCompareUrlSync, currentCompareView } from './useCompareUrlSync.ts';
