import { useId } from 'react';
import type { Case } from '../../core/format/index.ts';
import { gradeMeaning } from '../../core/glyphs/index.ts';
import type { ResolvedCase } from '../../core/time/types.ts';
import { EventDetails } from '../EventList/EventDetails.tsx';
import { KIND_LABEL } from '../EventList/kindLabel.ts';
import { Notes } from '../Notes/Notes.tsx';
import { targetOf, type MarkTarget } from '../Timeline/model/provenanceOf.ts';
import { PointFacts } from './PointFacts.tsx';
import { SourceDetail } from './SourceDetail.tsx';
import { WhenText } from './WhenText.tsx';

/** Props of DetailPanel. */
export interface DetailPanelProps {
  /** The case. */
  c: Case;
  /** Its resolved times. */
  rc: ResolvedCase;
  /** Key of the open mark ("crs", "car-copies[0]"); a hint is shown for null. */
  markKey: string | null;
  /** Closes the panel. */
  onClose: () => void;
}

/**
 * Everything about one mark: what it is, when (as resolved and as the source words it), its values
 * or grade with the grade's meaning, and its source with locator, quote and basis.
 */
export function DetailPanel({ c, rc, markKey, onClose }: DetailPanelProps) {
  const headingId = useId();
  const target = markKey ? targetOf(c, markKey) : null;
  if (!markKey || !target) {
    return (
      <aside className="detail detail--empty" aria-label="Details">
        <p className="missing">
          Click a mark, or focus it and press Enter, to see its source and details.
        </p>
      </aside>
    );
  }
  const plan = target.kind === 'event' && target.event.kind === 'plan';
  return (
    <aside
      className={`detail${plan ? ' detail--plan' : ''}`}
      aria-labelledby={headingId}
      data-detail={markKey}
    >
      <div className="detail__head">
        <p className="detail__kind">
          {target.kind === 'event' ? KIND_LABEL[target.event.kind] : 'Measurement'}
        </p>
        <h3 id={headingId}>{target.kind === 'event' ? target.event.label : target.series.label}</h3>
        <button
          type="button"
          className="detail__close"
          onClick={onClose}
          aria-label="Close details"
        >
          ×
        </button>
      </div>
      <Body c={c} rc={rc} markKey={markKey} target={target} />
    </aside>
  );
}

function Body(props: { c: Case; rc: ResolvedCase; markKey: string; target: MarkTarget }) {
  const { c, rc, markKey, target } = props;
  if (target.kind === 'point') {
    const { series, point } = target;
    return (
      <>
        <WhenText c={c} rc={rc} nodeKey={markKey} label="When" />
        <PointFacts series={series} point={point} />
        <Notes notes={point.note ? [point.note] : undefined} />
        <SourceDetail provenance={point.provenance} sources={c.sources} />
      </>
    );
  }
  const e = target.event;
  return (
    <>
      <WhenText c={c} rc={rc} nodeKey={e.id} label={e.end ? 'From' : 'When'} />
      {e.end && <WhenText c={c} rc={rc} nodeKey={`${e.id}#end`} label="Until" />}
      <EventDetails event={e} c={c} />
      {e.kind === 'toxicity' && <p className="detail__meaning">{gradeMeaning(e)}</p>}
      {e.description && <p>{e.description}</p>}
      <Notes notes={e.notes} />
      <SourceDetail provenance={e.provenance} sources={c.sources} />
    </>
  );
}
