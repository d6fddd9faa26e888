import { caseHref } from '../../app/router/index.ts';
import { VIEW_QUERY_VERSION } from '../../app/url/index.ts';
import type { MarkerGeometry } from '../../core/cohort/index.ts';
import { Glyph } from '../Timeline/Glyph.tsx';
import { Whisker } from '../Timeline/Whisker.tsx';
import { WindowBracket } from '../Timeline/WindowBracket.tsx';
import { markerName } from './markerName.ts';

/** Props of SwimmerMarker. */
export interface SwimmerMarkerProps {
  /** The marker and where it sits. */
  g: MarkerGeometry;
  /** Case id, for the link to the event on the case page. */
  caseId: string;
  /** Short patient label, for the accessible name. */
  patient: string;
  /** Id prefix of the glyph pattern defs. */
  defs: string;
}

/**
 * One marker: its glyph, a whisker for an uncertain day or a dashed bracket for bounds only. It
 * is a link that opens the case with this event selected, so Tab reaches it and its name says
 * what and when.
 */
export function SwimmerMarker({ g, caseId, patient, defs }: SwimmerMarkerProps) {
  const m = g.marker;
  const approximate = m.place.kind === 'point' && m.place.approximate;
  const href = `${caseHref(caseId)}?v=${VIEW_QUERY_VERSION}&sel=${encodeURIComponent(m.eventId)}`;
  return (
    <a
      className={`swimmer-marker swimmer-marker--${m.place.kind}`}
      href={href}
      data-marker={m.eventId}
      data-kind={m.kind}
      aria-label={markerName(patient, m)}
    >
      <title>{markerName(patient, m)}</title>
      {g.span?.kind === 'whisker' && (
        <Whisker x0={g.span.x0} x1={g.span.x1} y={g.y} approximate={approximate} />
      )}
      {g.span?.kind === 'bracket' && <WindowBracket x0={g.span.x0} x1={g.span.x1} y={g.y} />}
      <Glyph glyph={m.glyph} x={g.x} y={g.y} r={g.span?.kind === 'bracket' ? 5 : 6.5} defs={defs} />
      {approximate && (
        <text className="swimmer-marker__approx" x={g.x + 8} y={g.y - 6}>
          ≈
        </text>
      )}
    </a>
  );
}
