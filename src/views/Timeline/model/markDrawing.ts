import type { PxRange, SceneLabel } from '../../../scene/index.ts';
import type { NameLookup } from './markText.ts';

/** What every part that draws marks needs from the chart besides the scene: names, selection, actions. */
export interface MarkDrawing {
  /** Placed labels by mark key (the scene's). */
  labels: ReadonlyMap<string, SceneLabel>;
  /** Accessible names by mark key. */
  names: NameLookup;
  /** Key of the open mark. */
  selected: string | null;
  /** Id prefix of the glyph patterns. */
  defs: string;
  /** Order-only bands in pixels. */
  bands: readonly PxRange[];
  /** Opens a mark's details. */
  onOpen: (key: string) => void;
}
