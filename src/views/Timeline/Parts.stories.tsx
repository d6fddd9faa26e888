import type { Meta } from '@storybook/react-vite';
import { describeU } from '../../core/layout/index.ts';
import { CASE_IDS } from '../fixtures/caseFixtures.ts';
import { Axis } from './Axis.tsx';
import { BreakMark } from './BreakMark.tsx';
import { GlyphDefs } from './GlyphDefs.tsx';
import { HoverGuide } from './HoverGuide.tsx';
import { OrderBand } from './OrderBand.tsx';
import { modelStory, storyScene } from './storyKit.tsx';
import type { TimelineModel } from './model/useTimelineModel.ts';

// The chart's furniture alone, placed by the scene of real cases' axes (the whole axis in view).
const meta: Meta<typeof Axis> = { title: 'Timeline/Parts', component: Axis };
export default meta;

const H = 160;
const CAL = () => ({ frame: { mode: 'calendar', anchor: null } as const });

/** The scene of the whole axis on a 1100 px chart: its x scale, ticks and sizes. */
const wholeAxis = (m: TimelineModel) =>
  storyScene(m, { width: 1100, window: [0, m.layout.axis.uMax] });

/** Grandma Sun's calendar axis: year ticks, break edges, and both breaks labelled with their gaps. */
export const AxisWithBreaks = modelStory(
  CASE_IDS.sun,
  (m) => {
    const s = wholeAxis(m);
    const { axis } = m.layout;
    return (
      <svg
        className="tl-theme"
        width={s.plotW + 40}
        height={H}
        role="img"
        aria-label="Axis with breaks"
      >
        <g transform="translate(20,0)">
          {axis.segments.map((seg) =>
            seg.kind === 'break' ? (
              <BreakMark
                key={seg.u0}
                x0={s.x(seg.u0)}
                x1={s.x(seg.u1)}
                bottom={H}
                label={seg.label}
                top={s.sizes.axisH}
                font={s.sizes.font}
              />
            ) : null,
          )}
          <Axis
            ticks={s.ticks}
            x={s.x}
            width={s.plotW}
            segments={axis.segments}
            height={s.sizes.axisH}
          />
        </g>
      </svg>
    );
  },
  CAL,
);

/** Pan case 1: the order-only bands, hatched and labelled, with no date ticks. */
export const OrderBands = modelStory(CASE_IDS.pan1, (m) => {
  const s = wholeAxis(m);
  return (
    <svg
      className="tl-theme"
      width={s.plotW + 40}
      height={H}
      role="img"
      aria-label="Order-only bands"
    >
      <GlyphDefs prefix="ob" tones={[]} />
      <g transform="translate(20,0)">
        {m.layout.axis.segments.map((seg) =>
          seg.kind === 'order' ? (
            <OrderBand
              key={seg.u0}
              x0={s.x(seg.u0)}
              x1={s.x(seg.u1)}
              top={0}
              bottom={H}
              label={seg.label}
              defs="ob"
            />
          ) : null,
        )}
        <Axis ticks={s.ticks} x={s.x} width={s.plotW} height={s.sizes.axisH} />
      </g>
    </svg>
  );
});

/** The hover guide at a point of Grandma Sun's calendar axis, with the date from describeU. */
export const HoverGuideAtADate = modelStory(
  CASE_IDS.sun,
  (m) => {
    const s = wholeAxis(m);
    const { axis } = m.layout;
    // Inside the longest timed stretch, so the guide names a date and not a break.
    const [longest] = axis.segments
      .filter((seg) => seg.kind === 'time')
      .sort((a, b) => b.u1 - b.u0 - (a.u1 - a.u0));
    const at = longest ? (longest.u0 + longest.u1) / 2 : axis.uMax / 2;
    return (
      <svg className="tl-theme" width={s.plotW + 40} height={H} role="img" aria-label="Hover guide">
        <g transform="translate(20,0)">
          <Axis ticks={s.ticks} x={s.x} width={s.plotW} height={s.sizes.axisH} />
          <HoverGuide
            x={s.x(at)}
            bottom={H}
            top={s.sizes.axisH}
            width={s.plotW}
            text={describeU(axis, at)}
          />
        </g>
      </svg>
    );
  },
  CAL,
);
