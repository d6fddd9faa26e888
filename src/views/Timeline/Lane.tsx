import type { KineticsSummary } from '../../core/kinetics/index.ts';
import {
  seriesLineY,
  type KineticsY,
  type LaneBox,
  type SceneMark,
  type SceneSizes,
} from '../../scene/index.ts';
import { FigureOnlyTrack } from './FigureOnlyTrack.tsx';
import { KineticsChart } from './KineticsChart.tsx';
import { Mark } from './Mark.tsx';
import { MeasurementTrack } from './MeasurementTrack.tsx';
import type { MarkDrawing } from './model/markDrawing.ts';

/** Props of Lane. */
export interface LaneProps extends MarkDrawing {
  /** The lane as the scene stacked it, with its tracks. */
  box: LaneBox;
  /** Plot width. */
  width: number;
  /** The scene's marks in this lane, placed for the window. */
  marks: readonly SceneMark[];
  /** u → pixel x of the window (kinetics curves run through points off screen too). */
  x: (u: number) => number;
  /** Kinetics summaries by series id. */
  summaries: ReadonlyMap<string, KineticsSummary>;
  /** Kinetics y scales by series id (the scene's). */
  kinetics: ReadonlyMap<string, KineticsY>;
  /** The scene's sizes (text size, track lines). */
  sizes: SceneSizes;
}

/** One lane's content in the plot: packed event rows, measurement tracks or kinetics charts. */
export function Lane(props: LaneProps) {
  const { box, width, marks } = props;
  if (box.collapsed) return null;
  if (box.empty)
    return (
      <g className={`lane lane--${box.id} lane--empty`} data-lane={box.id}>
        <text className="lane__none" x={8} y={box.y + box.height / 2} dy="0.35em">
          None reported for this case
        </text>
      </g>
    );
  const drawing = (item: SceneMark) => (
    <Mark
      key={item.key}
      item={item}
      label={props.labels.get(item.key)}
      name={props.names.get(item.key) ?? item.mark.label}
      selected={props.selected === item.key}
      defs={props.defs}
      bands={props.bands}
      onOpen={props.onOpen}
    />
  );
  return (
    <g className={`lane lane--${box.id}`} data-lane={box.id}>
      {box.tracks.map((t, i) => {
        const mine = marks.filter((m) => m.trackIndex === i);
        switch (t.kind) {
          case 'rows':
            return mine.map(drawing);
          case 'series':
            return (
              <MeasurementTrack key={t.seriesId} y={seriesLineY(t, props.sizes)} width={width}>
                {mine.map(drawing)}
              </MeasurementTrack>
            );
          case 'kinetics': {
            const s = props.summaries.get(t.seriesId);
            const ys = props.kinetics.get(t.seriesId);
            return s && ys ? (
              <KineticsChart
                key={t.seriesId}
                y={t.y + t.head}
                width={width}
                summary={s}
                scale={ys}
                marks={t.marks}
                x={props.x}
                font={props.sizes.font}
              >
                {mine.map(drawing)}
              </KineticsChart>
            ) : null;
          }
          case 'figure':
            return (
              <FigureOnlyTrack
                key={t.seriesId}
                y={t.y}
                height={t.height}
                width={width}
                label={t.label}
              />
            );
        }
      })}
    </g>
  );
}
