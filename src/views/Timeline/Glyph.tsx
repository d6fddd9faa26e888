import type { Glyph as GlyphSpec } from '../../core/layout/types.ts';
import { hatchId } from './GlyphDefs.tsx';

/** Props of Glyph. */
export interface GlyphProps {
  /** What to draw, from the glyph module: shape, fill, text and tone. */
  glyph: GlyphSpec;
  /** Centre x, in the parent's pixels. */
  x: number;
  /** Centre y, in the parent's pixels. */
  y: number;
  /** Half-size in pixels. */
  r: number;
  /** Id prefix of the <defs> that hold the hatch patterns (see GlyphDefs). */
  defs: string;
  /** Draws an intention: dashed outline, no fill (plans). */
  planned?: boolean;
}

const f = (n: number) => Math.round(n * 100) / 100;

/** SVG path of a shape centred on 0,0 with half-size r (circle and square use their own elements). */
export function shapePath(shape: GlyphSpec['shape'], r: number): string {
  switch (shape) {
    case 'diamond':
      return `M0,${-r}L${r},0L0,${r}L${-r},0Z`;
    case 'triangle':
      return `M0,${-r}L${f(r * 0.95)},${f(r * 0.8)}L${f(-r * 0.95)},${f(r * 0.8)}Z`;
    case 'triangle-down':
      return `M0,${r}L${f(r * 0.95)},${f(-r * 0.8)}L${f(-r * 0.95)},${f(-r * 0.8)}Z`;
    case 'star': {
      const pts: string[] = [];
      for (let i = 0; i < 10; i++) {
        const rad = i % 2 === 0 ? r * 1.15 : r * 0.5;
        const a = (Math.PI / 5) * i - Math.PI / 2;
        pts.push(`${f(rad * Math.cos(a))},${f(rad * Math.sin(a))}`);
      }
      return `M${pts.join('L')}Z`;
    }
    case 'cross': {
      const t = r * 0.32;
      const e = r * 0.9;
      return `M${f(-e)},${f(-e + t)}L${f(-e + t)},${f(-e)}L0,${f(-t)}L${f(e - t)},${f(-e)}L${f(e)},${f(-e + t)}L${f(t)},0L${f(e)},${f(e - t)}L${f(e - t)},${f(e)}L0,${f(t)}L${f(-e + t)},${f(e)}L${f(-e)},${f(e - t)}L${f(-t)},0Z`;
    }
    case 'bar':
      return `M${f(-r * 1.3)},${f(-r * 0.45)}h${f(r * 2.6)}v${f(r * 0.9)}h${f(-r * 2.6)}Z`;
    case 'square':
      return `M${f(-r * 0.85)},${f(-r * 0.85)}h${f(r * 1.7)}v${f(r * 1.7)}h${f(-r * 1.7)}Z`;
    case 'circle':
      return `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
  }
}

/**
 * One glyph: shape for the kind, fill for what is known (solid), not reported (hatched) or absent
 * (hollow), and its text (a grade, "NR", "–", "≈") inside when it fits, else beside it. Meaning
 * never rests on colour alone.
 */
export function Glyph({ glyph, x, y, r, defs, planned = false }: GlyphProps) {
  const fill = planned ? 'hollow' : glyph.fill;
  const inside = glyph.text.length > 0 && glyph.text.length <= 2 && r >= 7 && glyph.text !== '≈';
  return (
    <g
      className={`glyph glyph--${fill} glyph--${glyph.shape} tone-${glyph.tone}${planned ? ' glyph--planned' : ''}`}
      transform={`translate(${f(x)},${f(y)})`}
    >
      <path
        className="glyph__shape"
        d={shapePath(glyph.shape, r)}
        fill={fill === 'hatched' ? `url(#${hatchId(defs, glyph.tone)})` : undefined}
      />
      {glyph.text &&
        (inside ? (
          <text className={`glyph__text glyph__text--${fill}`} y={0.5} dy="0.35em">
            {glyph.text}
          </text>
        ) : (
          <text className="glyph__text glyph__text--beside" x={-r - 2} dy="0.35em">
            {glyph.text}
          </text>
        ))}
    </g>
  );
}
