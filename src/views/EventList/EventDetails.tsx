import type { Case, Event } from '../../core/format/index.ts';
import { gradeCourseLines, toxicityGradeText } from '../../core/summary/toxicityText.ts';

/** Props of EventDetails. */
export interface EventDetailsProps {
  /** The event to detail. */
  event: Event;
  /** Its case, to name products and treating events by label rather than id. */
  c: Case;
}

type Row = [term: string, value: string | undefined];

/** The kind-specific facts of an event as a small definition list; empty facts are left out. */
export function EventDetails({ event, c }: EventDetailsProps) {
  const rows = detailRows(event, c).filter((r): r is [string, string] => !!r[1]);
  if (rows.length === 0) return null;
  return (
    <dl className="event__details">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

const join = (xs: readonly string[] | undefined) =>
  xs && xs.length > 0 ? xs.join(', ') : undefined;

function agentRows(e: { agents?: string[]; agentClass?: string; intent?: string }): Row[] {
  return [
    ['Agents', join(e.agents) ?? (e.agentClass ? `${e.agentClass} (agents not named)` : undefined)],
    ['Intent', e.intent],
  ];
}

function labelOf(c: Case, id: string): string {
  return c.events.find((e) => e.id === id)?.label ?? id;
}

function productLabel(c: Case, id: string): string {
  return c.products.find((p) => p.id === id)?.label ?? id;
}

function detailRows(e: Event, c: Case): Row[] {
  switch (e.kind) {
    case 'diagnosis':
      return [['Disease', e.disease]];
    case 'chemotherapy':
      return [...agentRows(e), ['Lines', e.lines?.toString()]];
    case 'immunotherapy':
      return [['Modality', e.modality], ...agentRows(e)];
    case 'apheresis':
      return [['Product', e.product && productLabel(c, e.product)]];
    case 'lymphodepletion':
      return agentRows(e);
    case 'icu-admission':
    case 'mechanical-ventilation':
      return [];
    case 'therapy':
      return [['Category', e.category], ...agentRows(e)];
    case 'transplant':
      return [
        ['Type', e.transplantType === 'unknown' ? 'type not reported' : e.transplantType],
        ['Donor', e.donor],
      ];
    case 'relapse':
      return [
        ['Sites', e.sites.every((x) => x === 'unknown') ? 'not reported' : join(e.sites)],
        ['Level', e.level === 'unknown' ? 'not reported' : e.level],
        ['Locations', join(e.locations)],
      ];
    case 'car-t-infusion':
      return [
        ['Product', productLabel(c, e.product)],
        ['Dose', e.dose ?? 'not reported'],
      ];
    case 'response':
      return [
        ['Assessment', e.assessment],
        ['Method', e.method],
        ['Result', e.result],
      ];
    case 'toxicity':
      return [
        ['Type', e.gvhdType ? `${e.toxicity}, ${e.gvhdType}` : e.toxicity],
        // "Not observed" is the whole story of a toxicity that did not happen.
        ['Grade', e.occurred ? toxicityGradeText(e) : undefined],
        ['Grade course', gradeCourseLines(c, e).join('; then ') || undefined],
        ['Organs', join(e.organs)],
        ['Signs', join(e.signs)],
        ['Treated by', join(e.treatedBy?.map((id) => labelOf(c, id)))],
      ];
    case 'death':
      return [['Cause', e.cause ?? 'not reported']];
    case 'follow-up':
      return [['Status', e.status === 'unknown' ? 'not reported' : e.status.replace(/-/g, ' ')]];
    case 'plan':
      return [['Planned', e.planned]];
    case 'other':
      return [];
  }
}
