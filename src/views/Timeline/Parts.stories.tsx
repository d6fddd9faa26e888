import type { Meta } from '@storybook/react-vite';
import { scaleLinear } from 'd3-scale';
import { axisTicks, describeU } from '../../core/layout/index.ts';
import { CASE_IDS } from '../fixtures/caseFixtures.ts';
import { Axis } from './Axis.tsx';
import { BreakMark } from './BreakMark.tsx';
import { GlyphDefs } from './GlyphDefs.tsx';
import { HoverGuide } from './HoverGuide.tsx';
import { OrderBand } from './OrderBand.tsx';
import { modelStory } from './storyKit.tsx';

// The chart's furniture alone, with props computed from real cases' axes.
const meta: Meta<typeof Axis> = { title: 'Timeline/Parts', component: Axis };
export default meta;

const W = 900;
const H = 160;
const CAL = () => ({ frame: { mode: 'calendar', anchor: null } as const });

/** Grandma Sun's calendar axis: year ticks, break edges, and both breaks labelled with their gaps. */
export const AxisWithBreaks = modelStory(
  CASE_IDS.sun,
  (m) => {
    const { axis } = m.layout;
    const x = scaleLinear().domain([0, axis.uMax]).range([0, W]);
    return (
      <svg className="tl-theme" width={W + 40} height={H} role="img" aria-label="Axis with breaks">
        <g transform="translate(20,0)">
          {axis.segments.map((s) =>
            s.kind === 'break' ? (
              <BreakMark key={s.u0} x0={x(s.u0)} x1={x(s.u1)} bottom={H} label={s.label} />
            ) : null,
          )}
          <Axis ticks={axisTicks(axis, 0, axis.uMax, W)} x={x} width={W} />
        </g>
      </svg>
    );
  },
  CAL,
);

/** Pan case 1: the order-only bands, hatched and labelled, with no date ticks. */
export const OrderBands = modelStory(CASE_IDS.pan1, (m) => {
  const { axis } = m.layout;
  const x = scaleLinear().domain([0, axis.uMax]).range([0, W]);
  return (
    <svg className="tl-theme" width={W + 40} height={H} role="img" aria-label="Order-only bands">
      <GlyphDefs prefix="ob" tones={[]} />
      <g transform="translate(20,0)">
        {axis.segments.map((s) =>
          s.kind === 'order' ? (
            <OrderBand
              key={s.u0}
              x0={x(s.u0)}
              x1={x(s.u1)}
              top={0}
              bottom={H}
              label={s.label}
              defs="ob"
            />
          ) : null,
        )}
        <Axis ticks={axisTicks(axis, 0, axis.uMax, W)} x={x} width={W} />
      </g>
    </svg>
  );
});

/** The hover guide at a point of Grandma Sun's calendar axis, with the date from describeU. */
export const HoverGuideAtADate = modelStory(
  CASE_IDS.sun,
  (m) => {
    const { axis } = m.layout;
    const x = scaleLinear().domain([0, axis.uMax]).range([0, W]);
    const at = axis.uMax * 0.45;
    return (
      <svg className="tl-theme" width={W + 40} height={H} role="img" aria-label="Hover guide">
        <g transform="translate(20,0)">
          <Axis ticks={axisTicks(axis, 0, axis.uMax, W)} x={x} width={W} />
          <HoverGuide x={x(at)} bottom={H} width={W} text={describeU(axis, at)} />
        </g>
      </svg>
    );
  },
  CAL,
);
