import type { Meta } from '@storybook/react-vite';
import { scaleLinear } from 'd3-scale';
import { kineticsSummary } from '../../core/kinetics/index.ts';
import { CASE_IDS } from '../fixtures/caseFixtures.ts';
import { FigureOnlyTrack } from './FigureOnlyTrack.tsx';
import { GlyphDefs } from './GlyphDefs.tsx';
import { KineticsAxis } from './KineticsAxis.tsx';
import { KineticsChart } from './KineticsChart.tsx';
import { MeasurementTrack } from './MeasurementTrack.tsx';
import { markName } from './model/markText.ts';
import { modelStory } from './storyKit.tsx';

// Measurement tracks and kinetics charts alone, from the shipped cases' series.
const meta: Meta<typeof KineticsChart> = { title: 'Timeline/Tracks', component: KineticsChart };
export default meta;

const W = 800;
const G = 150;

/** Zhou: one point on a log axis, "peak 350,758 copies/μg, day 6", and no curve. */
export const KineticsSinglePoint = modelStory(CASE_IDS.zhou, (m) => {
  const marks = m.marks.filter((k) => k.lane === 'kinetics');
  const s = kineticsSummary(m.c, m.rc, marks[0]!.seriesId!, m.kineticsAnchor ?? '');
  const x = scaleLinear().domain(m.window).range([0, W]);
  const names = new Map(marks.map((k) => [k.key, markName(m.c, m.rc, k)]));
  return (
    <svg
      className="tl-theme"
      width={G + W + 20}
      height={180}
      role="group"
      aria-label="CAR kinetics"
    >
      <GlyphDefs prefix="kc" tones={[]} />
      <KineticsAxis y={0} height={170} width={G} summary={s} label="CAR copy number" />
      <g transform={`translate(${G},0)`}>
        <KineticsChart
          y={0}
          height={170}
          width={W}
          summary={s}
          marks={marks}
          visible={new Set(marks.map((k) => k.key))}
          x={x}
          names={names}
          selected={null}
          defs="kc"
          bands={[]}
          onOpen={() => {}}
        />
      </g>
    </svg>
  );
});

/** Marina: MRD 0.014 % and then a censored "undetectable", in calendar time. */
export const MrdTrack = modelStory(
  CASE_IDS.marina,
  (m) => {
    const marks = m.marks.filter((k) => k.lane === 'measurements');
    const x = scaleLinear().domain(m.window).range([0, W]);
    const labels = new Map(
      marks.map((k) => [
        k.key,
        { key: k.key, x: x(k.u.at), anchor: 'start' as const, line: 1, visible: true },
      ]),
    );
    return (
      <svg className="tl-theme" width={W + 40} height={60} role="group" aria-label="MRD track">
        <GlyphDefs prefix="mt" tones={[]} />
        <g transform="translate(20,0)">
          <MeasurementTrack
            y={0}
            height={46}
            width={W}
            marks={marks}
            x={x}
            labels={labels}
            names={new Map(marks.map((k) => [k.key, markName(m.c, m.rc, k)]))}
            selected={null}
            defs="mt"
            bands={[]}
            onOpen={() => {}}
          />
        </g>
      </svg>
    );
  },
  () => ({ frame: { mode: 'calendar', anchor: null } }),
);

/** Kong: series the source shows only in figures. */
export const FigureOnly = modelStory(CASE_IDS.kong, (m) => (
  <svg className="tl-theme" width={W} height={90} role="img" aria-label="Figure-only series">
    {(m.layout.figureOnly ?? []).map((f, i) => (
      <FigureOnlyTrack key={f.seriesId} y={i * 28} height={28} width={W} label={f.label} />
    ))}
  </svg>
));
