// Interventions linked to what they treat: a toxicity's "treatedBy" as pairs of drawn marks.
import type { Case } from '../format/index.ts';
import { isTreatment } from '../format/treatments.ts';
import type { TimelineLayout } from './types.ts';

/** One "treated by" relation between two marks drawn in the layout. */
export interface TreatmentLink {
  /** Key of the treatment's mark (a chemotherapy, immunotherapy, lymphodepletion or therapy event). */
  from: string;
  /** Key of the toxicity's mark. */
  to: string;
}

/**
 * Every "treatedBy" relation of the case whose two marks are both drawn in the layout: in a shown
 * lane and placed on the axis (not hidden, collapsed or "time not reported"). Toxicities in file
 * order, treatments in the order the toxicity lists them; a repeated id gives one link, and an id
 * that names no treatment given gives none (the validator refuses such files).
 */
export function treatmentLinks(layout: TimelineLayout, c: Case): TreatmentLink[] {
  const drawn = new Set<string>();
  for (const lane of layout.lanes) for (const m of lane.marks) if (m.eventId) drawn.add(m.key);
  const events = new Map(c.events.map((e) => [e.id, e]));
  const links: TreatmentLink[] = [];
  for (const e of c.events) {
    if (e.kind !== 'toxicity' || !e.treatedBy || !drawn.has(e.id)) continue;
    for (const id of new Set(e.treatedBy)) {
      const by = events.get(id);
      if (by && isTreatment(by) && drawn.has(id)) links.push({ from: id, to: e.id });
    }
  }
  return links;
}
