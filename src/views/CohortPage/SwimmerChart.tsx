import { useContext, useMemo, useRef, type CSSProperties } from 'react';
import {
  cohortAxis,
  type AxisScale,
  type Cohort,
  type CohortRow,
} from '../../core/cohort/index.ts';
import { GlyphDefs } from '../Timeline/GlyphDefs.tsx';
import { useElementWidth } from '../Timeline/hooks/useElementWidth.ts';
import { axisCaption, SwimmerAxis } from './SwimmerAxis.tsx';
import { SwimmerRow } from './SwimmerRow.tsx';
import { useLazyRows } from './useLazyRows.ts';
import { useDefsId } from '../Timeline/useDefsId.ts';
import { useEndPrerender } from '../../app/prerender/index.ts';
import { SwimmerPictureContext } from './swimmerPicture.ts';

/** Props of SwimmerChart. */
export interface SwimmerChartProps {
  /** Rows in display order. */
  rows: readonly CohortRow[];
  /** The cohort the rows come from (its domain and order-only columns set the axis). */
  cohort: Cohort;
  /** Symmetric log or linear time. */
  scale: AxisScale;
  /** Ids picked for the comparison. */
  picked: readonly string[];
  /** Called when a compare box changes. */
  onPick: (id: string, checked: boolean) => void;
  /**
   * Size of every text of the chart in CSS pixels (a slide sets it for the room); when absent the
   * drawn text is SCREEN_FONT and the names keep the page's sizes.
   */
  font?: number;
  /** A slide's brief form: the axis explained in one line, the rows' notes left to the page. */
  brief?: boolean;
}

/** Size of the drawn text (axis, zone headings, markers) in the SVGs' own units (cohort.css). */
export const SVG_TEXT = 11;
/** Size of the drawn text on a screen or phone when no font is asked: readable at any width. */
export const SCREEN_FONT = 13;
/** Coordinate width before the chart is measured (jsdom, the first render). */
const FALLBACK_WIDTH = 760;
/** Fewest coordinate units the timed part keeps between the order-only columns. */
const MIN_TIME_UNITS = 300;

/**
 * The coordinate width of the axis for a track `measured` px wide whose drawn text must be `font`
 * px: the SVGs are scaled by font / SVG_TEXT, so their 11-unit text comes out at `font` however
 * wide the page is. The order-only columns have a fixed width in units (one slot per glyph), so
 * a narrow track (a phone) would leave the timed part no room: the width never drops below
 * `least`, and the chart then scrolls sideways inside its own box rather than shrink its text.
 */
export function coordinateWidth(measured: number | null, font: number, least = 0): number {
  if (measured === null) return Math.max(FALLBACK_WIDTH, least);
  return Math.max(200, least, Math.floor((measured * SVG_TEXT) / font));
}

/** Units the order-only columns and their gaps take, plus the least the timed part needs. */
function leastUnits(cohort: Cohort, scale: AxisScale): number {
  const probe = cohortAxis(cohort, scale, 1000);
  return Math.ceil(1000 - (probe.time.x1 - probe.time.x0) + MIN_TIME_UNITS);
}

/** One line saying how to read the axis, for a slide (the page's caption explains in full). */
function briefCaption(scale: AxisScale): string {
  return `Days from the first CAR-T infusion (day 0), ${scale === 'symlog' ? 'symmetric log' : 'linear'} scale; hatched columns: order only, not time.`;
}

/** Whether a chart drawn `px` wide in a box `measured` px wide scrolls sideways. */
const scrollsIn = (px: number, measured: number | null) => measured !== null && px > measured + 1;

/**
 * The measured box widths (whole px, as useElementWidth gives them) over which the chart is drawn
 * exactly as in a box `box` px wide: the same coordinate width and the same sideways scrolling.
 */
export function sameDrawing(box: number, font: number, least: number): [min: number, max: number] {
  const key = (m: number) => {
    const w = coordinateWidth(m, font, least);
    return `${w}:${scrollsIn(Math.round((w * font) / SVG_TEXT), m)}`;
  };
  const k = key(box);
  let [min, max] = [box, box];
  while (min > 1 && key(min - 1) === k) min -= 1;
  while (max < 10_000 && key(max + 1) === k) max += 1;
  return [min, max];
}

/**
 * The swimmer plot: one shared axis, then one row per patient in the chosen order. In the build's
 * picture (SwimmerPictureContext), one drawing per box width it serves, each of its first rows and
 * marked with the box widths it is exact for; the boot script keeps the one the screen measures.
 */
export function SwimmerChart(props: SwimmerChartProps) {
  const picture = useContext(SwimmerPictureContext);
  if (!picture) return <SwimmerPlot {...props} />;
  const least = leastUnits(props.cohort, props.scale);
  const font = props.font ?? SCREEN_FONT;
  return picture.boxes.map((box) => {
    const [min, max] = sameDrawing(box, font, least);
    return (
      <div key={box} data-box-min={min} data-box-max={max} data-measure=".swimmer__axis-box">
        <SwimmerPlot {...props} rows={props.rows.slice(0, picture.rows)} box={box} />
      </div>
    );
  });
}

/** The swimmer plot in the box it measures, or (the build's picture) in a box `box` px wide. */
function SwimmerPlot({
  rows,
  cohort,
  scale,
  picked,
  onPick,
  font,
  brief = false,
  box,
}: SwimmerChartProps & { box?: number }) {
  const defs = useDefsId('cohort');
  const track = useRef<HTMLDivElement>(null);
  const live = useElementWidth(track);
  const measured = box ?? live;
  // The rows wait for the axis box's width (measured in the first layout pass, before the first
  // paint): drawn at a fallback width and then again at the measured one, a 1,000-row cohort cost
  // twice its rendering and a layout of every row in between. Without layout (jsdom) nothing waits.
  const measuring = measured === null && typeof ResizeObserver !== 'undefined';
  // The build's picture of the page (src/boot) makes way once the live rows are in.
  useEndPrerender(!measuring);
  const list = useRef<HTMLOListElement>(null);
  const ids = useMemo(() => rows.map((r) => r.id), [rows]);
  const lazy = useLazyRows(list, ids);
  const drawn = font ?? SCREEN_FONT;
  const least = useMemo(() => leastUnits(cohort, scale), [cohort, scale]);
  const width = coordinateWidth(measured, drawn, least);
  const axis = useMemo(() => cohortAxis(cohort, scale, width), [cohort, scale, width]);
  const tones = useMemo(
    () =>
      rows
        .flatMap((r) => r.markers)
        .filter((m) => m.glyph.fill === 'hatched')
        .map((m) => m.glyph.tone),
    [rows],
  );
  const full = picked.length >= 2;
  // Wider than its box (a phone): the drawings keep their size and the chart scrolls sideways.
  const px = Math.round((width * drawn) / SVG_TEXT);
  const scrolls = scrollsIn(px, measured);
  const style = {
    '--swimmer-track': `${px}px`,
    ...(font === undefined ? {} : { '--swimmer-font': `${font}px` }),
  } as CSSProperties;
  const classes = [
    'swimmer',
    font === undefined ? '' : 'swimmer--sized',
    brief ? 'swimmer--brief' : '',
  ];
  return (
    <section
      className={classes.filter(Boolean).join(' ')}
      style={style}
      aria-labelledby={`${defs}-h`}
      // A box that scrolls must be reachable by keyboard to be scrolled without a pointer.
      {...(scrolls ? { tabIndex: 0, 'data-scrolls': 'true' } : {})}
    >
      <h2 id={`${defs}-h`} className="visually-hidden">
        Swimmer plot
      </h2>
      <svg className="swimmer__defs tl-theme" width={0} height={0} aria-hidden="true">
        <GlyphDefs prefix={defs} tones={tones} />
      </svg>
      <div className="swimmer__axis-row">
        <span className="swimmer__axis-title" aria-hidden="true">
          Patient
        </span>
        <div className="swimmer__axis-box" ref={track}>
          <SwimmerAxis axis={axis} defs={defs} />
        </div>
      </div>
      <p className="swimmer__caption">{brief ? briefCaption(scale) : axisCaption(axis)}</p>
      <ol className="swimmer__rows" ref={list}>
        {!measuring &&
          rows
            .slice(0, lazy.listed)
            .map((r, i) => (
              <SwimmerRow
                key={r.id}
                row={r}
                axis={axis}
                defs={defs}
                picked={picked.includes(r.id)}
                pickDisabled={full && !picked.includes(r.id)}
                onPick={onPick}
                drawn={lazy.drawn(i, r.id)}
              />
            ))}
      </ol>
    </section>
  );
}
