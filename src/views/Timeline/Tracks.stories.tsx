import type { Meta } from '@storybook/react-vite';
import { seriesLineY, type Scene, type Track } from '../../scene/index.ts';
import { CASE_IDS } from '../fixtures/caseFixtures.ts';
import { FigureOnlyTrack } from './FigureOnlyTrack.tsx';
import { GlyphDefs } from './GlyphDefs.tsx';
import { KineticsChart } from './KineticsChart.tsx';
import { LaneGutter, LaneTitles } from './LaneGutter.tsx';
import { Mark } from './Mark.tsx';
import { MeasurementTrack } from './MeasurementTrack.tsx';
import { markName } from './model/markText.ts';
import type { TimelineModel } from './model/useTimelineModel.ts';
import { modelStory, onlyLane, storyScene } from './storyKit.tsx';

// Measurement tracks and kinetics charts alone, from the shipped cases' series, each where the
// scene of the whole chart puts it (shifted up to the top of the story).
const meta: Meta<typeof KineticsChart> = { title: 'Timeline/Tracks', component: KineticsChart };
export default meta;

const WIDTH = 1000;

/** The scene of a 1000 px chart and its first track of the given kind. */
function firstTrack<K extends Track['kind']>(m: TimelineModel, kind: K) {
  const s = storyScene(m, { width: WIDTH });
  for (const [laneIndex, lane] of s.lanes.entries())
    for (const [trackIndex, t] of lane.tracks.entries())
      if (t.kind === kind)
        return { s, lane, laneIndex, trackIndex, t: t as Extract<Track, { kind: K }> };
  throw new Error(`${m.c.id} has no ${kind} track`);
}

/** The scene's marks of one track, drawn with their labels. */
function trackMarks(m: TimelineModel, s: Scene, laneIndex: number, trackIndex: number) {
  return s.marks
    .filter((k) => k.laneIndex === laneIndex && k.trackIndex === trackIndex)
    .map((k) => (
      <Mark
        key={k.key}
        item={k}
        label={s.labels.get(k.key)}
        name={markName(m.c, m.rc, k.mark)}
        selected={false}
        defs="tr"
        bands={[]}
        onOpen={() => {}}
      />
    ));
}

/** Zhou: one point on a log axis (the gutter's decades, name and unit as the chart draws them), "peak 350,758 copies/μg, day 6", and no curve. */
export const KineticsSinglePoint = modelStory(
  CASE_IDS.zhou,
  (m) => {
    const { s, lane, laneIndex, trackIndex, t } = firstTrack(m, 'kinetics');
    const summary = s.summaries.get(t.seriesId)!;
    const scale = s.kinetics.get(t.seriesId)!;
    return (
      <svg
        className="tl-theme"
        width={s.width}
        height={t.y + t.height - lane.y + 8}
        role="group"
        aria-label="CAR kinetics"
      >
        <GlyphDefs prefix="tr" tones={[]} />
        <g transform={`translate(0,${4 - lane.y})`}>
          <LaneGutter boxes={[lane]} width={s.gutter} plotW={s.plotW} />
          <g transform={`translate(${s.gutter},0)`}>
            <KineticsChart
              y={t.y}
              width={s.plotW}
              summary={summary}
              scale={scale}
              marks={t.marks}
              x={s.x}
              font={s.sizes.font}
            >
              {trackMarks(m, s, laneIndex, trackIndex)}
            </KineticsChart>
          </g>
          <LaneTitles
            boxes={[lane]}
            width={s.gutter}
            sizes={s.sizes}
            summaries={s.summaries}
            kinetics={s.kinetics}
          />
        </g>
      </svg>
    );
  },
  onlyLane('kinetics'),
);

/** Marina: MRD 0.014 % and then a censored "undetectable", in calendar time. */
export const MrdTrack = modelStory(
  CASE_IDS.marina,
  (m) => {
    const { s, laneIndex, trackIndex, t } = firstTrack(m, 'series');
    return (
      <svg
        className="tl-theme"
        width={s.plotW + 40}
        height={t.height + 8}
        role="group"
        aria-label="MRD track"
      >
        <GlyphDefs prefix="tr" tones={[]} />
        <g transform={`translate(20,${4 - t.y})`}>
          <MeasurementTrack y={seriesLineY(t, s.sizes)} width={s.plotW}>
            {trackMarks(m, s, laneIndex, trackIndex)}
          </MeasurementTrack>
        </g>
      </svg>
    );
  },
  () => ({ ...onlyLane('measurements')(), frame: { mode: 'calendar', anchor: null } }),
);

/** Kong: series the source shows only in figures. */
export const FigureOnly = modelStory(CASE_IDS.kong, (m) => {
  const s = storyScene(m, { width: WIDTH });
  const figures = s.lanes.flatMap((l) =>
    l.tracks.filter((t): t is Extract<Track, { kind: 'figure' }> => t.kind === 'figure'),
  );
  const top = figures[0]?.y ?? 0;
  const bottom = figures.reduce((b, t) => Math.max(b, t.y + t.height), top);
  return (
    <svg
      className="tl-theme"
      width={s.plotW}
      height={bottom - top}
      role="img"
      aria-label="Figure-only series"
    >
      <g transform={`translate(0,${-top})`}>
        {figures.map((t) => (
          <FigureOnlyTrack
            key={t.seriesId}
            y={t.y}
            height={t.height}
            width={s.plotW}
            label={t.label}
          />
        ))}
      </g>
    </svg>
  );
});
