import type { PlacedLabel } from '../../../core/layout/types.ts';
import type { NameLookup } from './markText.ts';
import type { PxRange } from './bandGaps.ts';

/** What every part that draws marks needs from the chart: scale, labels, names, selection. */
export interface MarkDrawing {
  /** u → pixel x. */
  x: (u: number) => number;
  /** Placed labels by mark key. */
  labels: ReadonlyMap<string, PlacedLabel>;
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
