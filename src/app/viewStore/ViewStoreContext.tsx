import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createViewStore, type ViewActions, type ViewStore } from './createViewStore.ts';
import type { ViewState } from './viewState.ts';

const Context = createContext<ViewStore | null>(null);

/** Props of ViewStoreProvider. */
export interface ViewStoreProviderProps {
  /** The state the panel opens with; later changes of this prop are ignored (the store owns it). */
  initial: ViewState;
  /** An existing store to share, e.g. one the URL sync also holds; made from `initial` if absent. */
  store?: ViewStore;
  /** The panel. */
  children: ReactNode;
}

/** Gives one timeline panel its own view store, so two panels on a page never share a window. */
export function ViewStoreProvider({ initial, store, children }: ViewStoreProviderProps) {
  const [own] = useState(() => store ?? createViewStore(initial));
  return <Context.Provider value={store ?? own}>{children}</Context.Provider>;
}

/** The panel's store itself, for hooks that subscribe outside render (URL sync). */
export function useViewStoreApi(): ViewStore {
  const store = useContext(Context);
  if (!store) throw new Error('useView needs a <ViewStoreProvider> above it');
  return store;
}

/** Selects a slice of the panel's view state (or an action), re-rendering when it changes. */
export function useView<T>(selector: (s: ViewState & ViewActions) => T): T {
  return useStore(useViewStoreApi(), selector);
}
