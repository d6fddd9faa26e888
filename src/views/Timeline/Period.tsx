import type { Glyph } from '../../core/layout/types.ts';
import { hatchId } from './GlyphDefs.tsx';
import { outsideBands, type PxRange } from '../../scene/index.ts';

/** Props of Period. */
export interface PeriodProps {
  /** Pixel x of the period's start. */
  x0: number;
  /** Pixel x of its end. */
  x1: number;
  /** Pixel y of the bar's centre. */
  y: number;
  /** Glyph of the event, for its tone and fill. */
  glyph: Glyph;
  /** Id prefix of the hatch patterns. */
  defs: string;
  /** Plans are outlined and dashed, never filled like something that happened. */
  planned: boolean;
  /** Half-height of the bar. */
  half?: number;
  /** Order-only bands inside the period, where it is drawn interrupted. */
  bands?: readonly PxRange[];
}

const f = (n: number) => Math.round(n * 10) / 10;

/** A period (a course of therapy, an episode) as a bar from its start to its end. */
export function Period({ x0, x1, y, glyph, defs, planned, half = 4, bands = [] }: PeriodProps) {
  const fill = planned ? 'hollow' : glyph.fill;
  const pieces = outsideBands(x0, Math.max(x1, x0 + 2), bands);
  return (
    <g className={`period period--${fill} tone-${glyph.tone}${planned ? ' period--planned' : ''}`}>
      {pieces.map(([a, b]) => (
        <rect
          key={a}
          className="period__bar"
          x={f(a)}
          y={f(y - half)}
          width={f(b - a)}
          height={f(2 * half)}
          rx={2}
          fill={fill === 'hatched' ? `url(#${hatchId(defs, glyph.tone)})` : undefined}
        />
      ))}
    </g>
  );
}
