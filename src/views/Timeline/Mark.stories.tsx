import type { Meta } from '@storybook/react-vite';
import { scaleLinear } from 'd3-scale';
import {
  glyphRadius,
  labelText,
  placeLabels,
  placeMark,
  sceneSizes,
  SCREEN,
  type MarkSlot,
} from '../../scene/index.ts';
import { CASE_IDS } from '../fixtures/caseFixtures.ts';
import { GlyphDefs } from './GlyphDefs.tsx';
import { Mark } from './Mark.tsx';
import { markName } from './model/markText.ts';
import { modelStory } from './storyKit.tsx';

const meta: Meta<typeof Mark> = { title: 'Timeline/Mark', component: Mark };
export default meta;

const CAL = { frame: { mode: 'calendar', anchor: null } as const };
const W = 700;
const Y = 24;
const H = 60;

/**
 * One mark of a shipped case alone, at the chart's scale: the scene places its glyph, bar or
 * bracket on a single row and its label in the first free place beside it, as on the chart.
 */
const single = (id: string, key: string, calendar = false) =>
  modelStory(
    id,
    (m) => {
      const mark = m.marks.find((x) => x.key === key);
      if (!mark) throw new Error(`No mark "${key}" in ${id}`);
      const sizes = sceneSizes(SCREEN);
      const x = scaleLinear().domain(m.window).range([0, W]);
      const slot: MarkSlot = {
        mark,
        lane: mark.lane,
        track: 'rows',
        laneIndex: 0,
        trackIndex: 0,
        row: 0,
        y: Y,
        r: glyphRadius(mark.lane, sizes),
      };
      const item = placeMark(slot, x, sizes);
      const { labels } = placeLabels(
        [{ mark: item, text: labelText(mark), priority: 0 }],
        W,
        sizes,
        [{ y: 0, height: H }],
      );
      return (
        <svg className="tl-theme" width={W + 60} height={H} role="group" aria-label="One mark">
          <GlyphDefs prefix="mk" tones={[mark.glyph.tone]} />
          <g transform="translate(30,0)">
            <Mark
              item={item}
              label={labels.get(key)}
              name={markName(m.c, m.rc, mark)}
              selected={false}
              defs="mk"
              bands={[]}
              onOpen={() => {}}
            />
          </g>
        </svg>
      );
    },
    () => (calendar ? CAL : {}),
  );

/** A point with a whisker: the transplant "in April 2025" spans the month. */
export const MonthPrecise = single(CASE_IDS.marina, 'hsct', true);
/** Approximate: "three months later", dotted whisker and "≈". */
export const Approximate = single(CASE_IDS.marina, 'mrd-relapse', true);
/** Known only by bounds: a dashed bracket, no glyph at a guessed day. */
export const Window = single(CASE_IDS.marina, 'local-immunotherapy', true);
/** Grade reported without a scale: the number in a solid mark (here on a bracket open after day 0). */
export const GradedToxicity = single(CASE_IDS.zhou, 'crs');
/** Not observed: a hollow mark with "–". */
export const NotObserved = single(CASE_IDS.zhou, 'icans');
/** A plan: dashed outline, worded as an intention. */
export const Planned = single(CASE_IDS.marina, 'plan-transplant');
/** Known only to follow the infusion ("after CAR-T", no upper bound): an open bracket with an arrow. */
export const OpenWindow = single(CASE_IDS.zhou, 'icans');
/** "Within one month" of the infusion: a range, drawn as its window with no best day. */
export const RangeWindow = single(CASE_IDS.zhou, 'cr-after-cart');
