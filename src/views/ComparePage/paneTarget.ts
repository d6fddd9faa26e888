import type { SceneTarget } from '../../scene/index.ts';

/**
 * A comparison pane's chart target: shorter rows and lanes, so two charts share one laptop screen.
 * A pane 480 px wide or less is drawn for a phone (the scene's fitTarget decides by its width).
 */
export const COMPACT_PANE: SceneTarget = { kind: 'compact' };
