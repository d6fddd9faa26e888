// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PHONE_QUERY, usePaneTarget } from '../../../src/views/ComparePage/usePaneTarget.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** A matchMedia whose phone query matches while `phone.value` is true, with its change listeners. */
function fakeMedia(initial: boolean) {
  const phone = { value: initial };
  const listeners = new Set<() => void>();
  vi.stubGlobal('matchMedia', (query: string) => ({
    get matches() {
      return query === PHONE_QUERY && phone.value;
    },
    addEventListener: (_: string, f: () => void) => listeners.add(f),
    removeEventListener: (_: string, f: () => void) => listeners.delete(f),
  }));
  const set = (value: boolean) => {
    phone.value = value;
    listeners.forEach((f) => f());
  };
  return { set, listeners };
}

describe('usePaneTarget', () => {
  it('draws compact panes on a wide screen and phone panes at 480 px and less', () => {
    const media = fakeMedia(false);
    const { result, unmount } = renderHook(() => usePaneTarget());
    expect(result.current).toEqual({ kind: 'compact' });
    act(() => media.set(true));
    expect(result.current).toEqual({ kind: 'phone' });
    act(() => media.set(false));
    expect(result.current).toEqual({ kind: 'compact' });
    unmount();
    expect(media.listeners.size).toBe(0);
  });

  it('keeps compact panes where the browser has no matchMedia', () => {
    vi.stubGlobal('matchMedia', undefined);
    const { result } = renderHook(() => usePaneTarget());
    expect(result.current).toEqual({ kind: 'compact' });
  });
});
