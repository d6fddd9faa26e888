import { bandPatternId } from '../Timeline/GlyphDefs.tsx';
import type { Convention } from './conventions.ts';

/** Props of ConventionIcon. */
export interface ConventionIconProps {
  /** Which convention to draw. */
  convention: Convention;
  /** Id prefix of the patterns in this legend. */
  defs: string;
}

/** A small drawing of a time convention, with the same classes as on the chart. */
export function ConventionIcon({ convention, defs }: ConventionIconProps) {
  return (
    <svg className="legend__icon" width={36} height={20} viewBox="0 0 36 20" aria-hidden="true">
      {convention === 'uncertain' && <path className="whisker" d="M4,10H32M4,5v10M32,5v10" />}
      {convention === 'approximate' && (
        <path className="whisker whisker--approximate" d="M4,10H32M4,5v10M32,5v10" />
      )}
      {convention === 'window' && (
        <g className="window-bracket">
          <path className="window-bracket__line" d="M4,10H32" />
          <path className="window-bracket__ends" d="M8,3H4V17H8M28,3H32V17H28" />
        </g>
      )}
      {convention === 'period' && (
        <g className="period period--solid tone-chemo">
          <rect className="period__bar" x={4} y={6} width={28} height={8} rx={2} />
        </g>
      )}
      {convention === 'plan' && (
        <g className="period period--hollow period--planned tone-plan">
          <rect className="period__bar" x={4} y={6} width={28} height={8} rx={2} />
        </g>
      )}
      {convention === 'order' && (
        <rect
          className="order-band__fill"
          x={2}
          y={1}
          width={32}
          height={18}
          fill={`url(#${bandPatternId(defs)})`}
        />
      )}
      {convention === 'break' && (
        <g className="break-mark">
          <rect className="break-mark__fill" x={10} y={1} width={16} height={18} />
          <path
            className="break-mark__cut"
            d="M10,1L13,5L7,9L13,13L7,17L10,19M26,1L29,5L23,9L29,13L23,17L26,19"
          />
        </g>
      )}
    </svg>
  );
}
