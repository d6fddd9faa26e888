import { useSyncExternalStore } from 'react';
import type { SceneTarget } from '../../scene/index.ts';

/** Widths at and below which a pane is drawn for a phone (the 480 px). */
export const PHONE_QUERY = '(max-width: 480px)';

/** A comparison pane's target on a laptop or desktop screen. */
export const COMPACT_PANE: SceneTarget = { kind: 'compact' };
const PHONE: SceneTarget = { kind: 'phone' };

const media = () =>
  typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(PHONE_QUERY)
    : null;

function subscribe(onChange: () => void): () => void {
  const m = media();
  m?.addEventListener('change', onChange);
  return () => m?.removeEventListener('change', onChange);
}

/**
 * What a comparison pane's chart is drawn for: the phone target on a narrow screen, else the compact
 * one (shorter rows and lanes, so both charts share one laptop screen). Follows rotation and resizes.
 */
export function usePaneTarget(): SceneTarget {
  const phone = useSyncExternalStore(
    subscribe,
    () => media()?.matches ?? false,
    () => false,
  );
  return phone ? PHONE : COMPACT_PANE;
}
