import type { Meta } from '@storybook/react-vite';
import { scaleLinear } from 'd3-scale';
import type { Mark as MarkData } from '../../core/layout/types.ts';
import { CASE_IDS } from '../fixtures/caseFixtures.ts';
import { GlyphDefs } from './GlyphDefs.tsx';
import { Mark } from './Mark.tsx';
import { markName } from './model/markText.ts';
import { modelStory } from './storyKit.tsx';

const meta: Meta<typeof Mark> = { title: 'Timeline/Mark', component: Mark };
export default meta;

const CAL = { frame: { mode: 'calendar', anchor: null } as const };

/** One mark of a shipped case alone, at the chart's scale, with its label on the glyph line. */
const single = (id: string, key: string, calendar = false) =>
  modelStory(
    id,
    (m) => {
      const mark = m.marks.find((x) => x.key === key) as MarkData;
      const x = scaleLinear().domain(m.window).range([0, 700]);
      return (
        <svg className="tl-theme" width={760} height={60} role="group" aria-label="One mark">
          <GlyphDefs prefix="mk" tones={[mark.glyph.tone]} />
          <g transform="translate(30,0)">
            <Mark
              mark={mark}
              x={x}
              y={24}
              r={9}
              label={{ key, x: x(mark.u.at), anchor: 'start', line: 1, visible: true }}
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
