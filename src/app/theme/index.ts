// The colour theme: the reader's choice, stored, and the hook that applies it.
export * from './theme.ts';
export * from './useAppTheme.ts';
