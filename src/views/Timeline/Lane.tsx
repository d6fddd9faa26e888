import type { KineticsSummary } from '../../core/kinetics/index.ts';
import { FigureOnlyTrack } from './FigureOnlyTrack.tsx';
import { KineticsChart } from './KineticsChart.tsx';
import { Mark } from './Mark.tsx';
import { MeasurementTrack } from './MeasurementTrack.tsx';
import type { LaneBox } from './model/laneBoxes.ts';
import type { MarkDrawing } from './model/markDrawing.ts';
import { glyphRadius } from './model/treatmentLinkPaths.ts';
import { GLYPH_Y, ROW_H } from './model/sizes.ts';

/** Props of Lane. */
export interface LaneProps extends MarkDrawing {
  /** The lane as stacked, with its tracks. */
  box: LaneBox;
  /** Plot width. */
  width: number;
  /** Keys of the marks in view. */
  visible: ReadonlySet<string>;
  /** Kinetics summaries by series id. */
  summaries: ReadonlyMap<string, KineticsSummary>;
  /** Log domains by series id shared with another chart (comparison). */
  domains?: ReadonlyMap<string, [number, number]>;
}

/** One lane's content in the plot: packed event rows, measurement tracks or kinetics charts. */
export function Lane(props: LaneProps) {
  const { box, x, width, visible } = props;
  if (box.collapsed) return null;
  if (box.empty)
    return (
      <g className={`lane lane--${box.id} lane--empty`} data-lane={box.id}>
        <text className="lane__none" x={8} y={box.y + GLYPH_Y + 4}>
          Nothing of this kind reported for this case
        </text>
      </g>
    );
  const r = glyphRadius(box.id);
  return (
    <g className={`lane lane--${box.id}`} data-lane={box.id}>
      {box.tracks.map((t) => {
        switch (t.kind) {
          case 'rows':
            // A dense view draws its marks on the canvas: nothing to filter.
            if (visible.size === 0) return null;
            return t.marks
              .filter((m) => visible.has(m.key))
              .map((m) => (
                <Mark
                  key={m.key}
                  mark={m}
                  x={x}
                  y={t.y + m.row * ROW_H + GLYPH_Y}
                  r={r}
                  label={props.labels.get(m.key)}
                  name={props.names.get(m.key) ?? m.label}
                  selected={props.selected === m.key}
                  defs={props.defs}
                  bands={props.bands}
                  onOpen={props.onOpen}
                />
              ));
          case 'series':
            return (
              <MeasurementTrack
                key={t.seriesId}
                y={t.y}
                height={t.height}
                width={width}
                marks={visible.size === 0 ? [] : t.marks.filter((m) => visible.has(m.key))}
                x={x}
                labels={props.labels}
                names={props.names}
                selected={props.selected}
                defs={props.defs}
                bands={props.bands}
                onOpen={props.onOpen}
              />
            );
          case 'kinetics': {
            const s = props.summaries.get(t.seriesId);
            return s ? (
              <KineticsChart
                key={t.seriesId}
                y={t.y}
                height={t.height}
                width={width}
                summary={s}
                domain={props.domains?.get(t.seriesId)}
                marks={t.marks}
                visible={visible}
                x={x}
                names={props.names}
                selected={props.selected}
                defs={props.defs}
                bands={props.bands}
                onOpen={props.onOpen}
              />
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
