import type { Case, Event } from '../../core/format/index.ts';
import type { ResolvedCase } from '../../core/time/types.ts';
import { eventsInOrder } from '../../core/summary/eventOrder.ts';
import { SourceRef } from '../Provenance/SourceRef.tsx';
import { Notes } from '../Notes/Notes.tsx';
import { TimeText } from '../TimeText/TimeText.tsx';
import { EventDetails } from './EventDetails.tsx';
import { KIND_LABEL } from './kindLabel.ts';

/** Props of EventList. */
export interface EventListProps {
  /** The case whose events are listed. */
  c: Case;
  /** Its resolved times, which give the order and the time texts. */
  rc: ResolvedCase;
}

/** The case's events in resolved order, each with its time as resolved and as the source states it. */
export function EventList({ c, rc }: EventListProps) {
  if (c.events.length === 0) return <p className="missing">No events are recorded.</p>;
  return (
    <ol className="events">
      {eventsInOrder(c, rc).map((e) => (
        <EventRow key={e.id} event={e} c={c} rc={rc} />
      ))}
    </ol>
  );
}

function EventRow({ event: e, c, rc }: { event: Event; c: Case; rc: ResolvedCase }) {
  const absent = e.kind === 'toxicity' && !e.occurred;
  const classes = ['event', `event--${e.kind}`, absent ? 'event--absent' : ''].join(' ').trim();
  return (
    <li className={classes} data-event-id={e.id}>
      <div className="event__time">
        <TimeText c={c} rc={rc} nodeKey={e.id} />
        {e.end && (
          <div className="event__end">
            <span className="event__until">until</span>{' '}
            <TimeText c={c} rc={rc} nodeKey={`${e.id}#end`} />
          </div>
        )}
      </div>
      <div className="event__body">
        <p className="event__head">
          <span className="event__kind">{KIND_LABEL[e.kind]}</span>{' '}
          <span className="event__label">{e.label}</span>
          {absent && <span className="tag tag--absent">not observed</span>}
        </p>
        <EventDetails event={e} c={c} />
        {e.description && <p className="event__description">{e.description}</p>}
        <Notes notes={e.notes} />
        <p className="event__source">
          <SourceRef provenance={e.provenance} sources={c.sources} />
        </p>
      </div>
    </li>
  );
}
