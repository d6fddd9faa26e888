import { bandPatternId } from './GlyphDefs.tsx';
import { fitLabel } from '../../scene/index.ts';
import { lineChunks } from './model/lineChunks.ts';

/** Props of OrderBand. */
export interface OrderBandProps {
  /** Pixel x of the band's left edge. */
  x0: number;
  /** Pixel x of its right edge. */
  x1: number;
  /** Top of the hatching. */
  top: number;
  /** Bottom of the lanes. */
  bottom: number;
  /** The band's words: "order only — spacing is not time". */
  label: string;
  /** Text size of the label (the scene's). */
  font?: number;
  /** Id prefix of the chart's patterns. */
  defs: string;
}

const f = (n: number) => Math.round(n * 10) / 10;

/**
 * An order-only band: events known only by their sequence sit here in order, evenly spaced,
 * hatched and labelled so nobody reads the spacing as time.
 */
export function OrderBand({ x0, x1, top, bottom, label, defs, font = 12 }: OrderBandProps) {
  const w = x1 - x0;
  return (
    <g className="order-band" data-band="order">
      <rect
        className="order-band__fill"
        x={f(x0)}
        y={top}
        width={f(w)}
        height={f(bottom - top)}
        fill={`url(#${bandPatternId(defs)})`}
      />
      {lineChunks(top, bottom).map(([a, b]) => (
        <path
          key={a}
          className="order-band__edge"
          d={`M${f(x0)},${a}V${f(b)}M${f(x1)},${a}V${f(b)}`}
        />
      ))}
      <text className="order-band__label" x={f(x0 + w / 2)} y={f(font * 1.15)}>
        {fitLabel(label, w, 'order only', font).map((line, i) => (
          <tspan key={line} x={f(x0 + w / 2)} dy={i === 0 ? 0 : Math.ceil(font * 1.1)}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}
