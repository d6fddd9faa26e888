import { useEffect, useState } from 'react';

/** Modules loaded so far, by their loader, so a remount shows them at once. */
const loaded = new Map<() => Promise<unknown>, unknown>();

/** Where a module loaded on demand stands. */
export type OnDemand<T> =
  { status: 'loading' } | { status: 'ready'; module: T } | { status: 'failed'; message: string };

/**
 * The module `load` imports, loaded on first use; the component re-renders when it arrives. Unlike
 * React.lazy it never suspends: React reveals a suspended boundary no sooner than 300 ms after its
 * fallback appeared, which held a page whose code arrived sooner back by up to 300 ms.
 */
export function useOnDemand<T>(load: () => Promise<T>): OnDemand<T> {
  const [state, setState] = useState<OnDemand<T>>(() =>
    loaded.has(load) ? { status: 'ready', module: loaded.get(load) as T } : { status: 'loading' },
  );
  useEffect(() => {
    if (state.status !== 'loading') return;
    let live = true;
    load().then(
      (module) => {
        loaded.set(load, module);
        if (live) setState({ status: 'ready', module });
      },
      (e: unknown) => {
        if (live)
          setState({ status: 'failed', message: e instanceof Error ? e.message : String(e) });
      },
    );
    return () => {
      live = false;
    };
  }, [load, state.status]);
  return state;
}
