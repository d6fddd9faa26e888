// What the library's cards, search and facets say about one case, computed from the checked case
// once at build time, so the landing page never needs the case files themselves.

import { firstInfusion, placeMarkers } from '../cohort/placeMarkers.ts';
import { packRow, type PackedRow } from '../cohort/packRow.ts';
import { rowFacts } from '../cohort/rowFacts.ts';
import type { MarkerPlace } from '../cohort/types.ts';
import { sourceCitation } from '../export/citation.ts';
import type { Case } from '../format/index.ts';
import { shortCitation } from '../summary/citation.ts';
import { keyOutcome, type KeyOutcome } from '../summary/caseSummary.ts';
import { maxGrade, type GradedToxicity } from '../summary/maxGrade.ts';
import { diseaseText, patientText, type PatientText } from '../summary/patientText.ts';
import { productTargets, type TargetFact } from '../summary/targets.ts';
import type { ResolvedCase } from '../time/types.ts';

/** Whether a transplant follows the first CAR-T infusion, by the case's tight time bounds. */
export type TransplantAfter = 'yes' | 'unclear' | 'no';

/** The state the case last reports the patient in. */
export type OutcomeKey =
  'died' | 'in-remission' | 'alive' | 'relapsed' | 'response' | 'unknown' | 'not-reported';

/** A maximum grade as a facet value: "1".."5", "ungraded", "none" (stated) or "not-reported". */
export type GradeKey = string;

/** One product as the library lists it. */
export interface ProductFact {
  label: string;
  /** Where its cells came from; null when the source does not say. */
  origin: 'autologous' | 'allogeneic' | 'donor-derived' | null;
}

/** Everything the library shows and searches about a case that loaded. */
export interface EntryFacts {
  /** The case's own summary text. */
  summary: string;
  patient: PatientText;
  /** Disease in full words ("T-cell acute lymphoblastic leukaemia (T-ALL), relapsed"). */
  disease: string;
  /** Disease as a facet value: its abbreviation, else its name ("T-ALL"). */
  diseaseKey: string;
  targets: TargetFact[];
  products: ProductFact[];
  crs: { key: GradeKey; text: string };
  icans: { key: GradeKey; text: string };
  transplantAfter: TransplantAfter;
  outcome: KeyOutcome | null;
  outcomeKey: OutcomeKey;
  /** Short citation of the first source, or null. */
  citation: string | null;
  counts: { events: number; sources: number; products: number; series: number };
  /** Each source as an exported drawing's footer cites it, so a cohort cites without the files. */
  citations: string[];
  /** The case's swimmer row, packed (unpackRow, then rowOf): the cohort draws from it, not the file. */
  row: PackedRow;
}

/** The library facts of a checked, resolved case. */
export function entryFacts(c: Case, rc: ResolvedCase): EntryFacts {
  const outcome = keyOutcome(c, rc);
  const first = c.sources[0];
  return {
    summary: c.summary,
    patient: patientText(c.patient),
    disease: diseaseText(c.patient),
    diseaseKey: c.patient.disease.abbreviation ?? c.patient.disease.name,
    targets: productTargets(c.products),
    products: c.products.map((p) => ({ label: p.label, origin: p.origin?.value ?? null })),
    crs: gradeFact(c, 'CRS'),
    icans: gradeFact(c, 'ICANS'),
    transplantAfter: transplantAfter(c, rc),
    outcome,
    outcomeKey: outcomeKey(c, outcome),
    citation: first ? shortCitation(first) : null,
    counts: {
      events: c.events.length,
      sources: c.sources.length,
      products: c.products.length,
      series: c.measurements.length,
    },
    citations: c.sources.map(sourceCitation),
    row: packRow(rowFacts(c, rc)),
  };
}

function gradeFact(c: Case, toxicity: GradedToxicity): { key: GradeKey; text: string } {
  const g = maxGrade(c, toxicity);
  const key =
    g.kind === 'grade' ? String(g.value) : g.kind === 'occurred-no-grade' ? 'ungraded' : g.kind;
  return { key, text: g.short };
}

/** Which side of day 0 a marker certainly lies on, or null when its bounds allow both. */
function side(p: MarkerPlace): 'before' | 'after' | null {
  if (p.kind === 'order') return p.zone;
  if (p.kind === 'point' || p.kind === 'window')
    return p.lo > 0 ? 'after' : p.hi < 0 ? 'before' : null;
  return null;
}

/**
 * "yes" when a transplant certainly comes after the first infusion, "unclear" when one's bounds
 * (or a missing infusion) leave it open, "no" when every transplant is certainly before it or the
 * case records none. Plans are intentions and never count.
 */
export function transplantAfter(c: Case, rc: ResolvedCase): TransplantAfter {
  if (!c.events.some((e) => e.kind === 'transplant')) return 'no';
  const anchor = firstInfusion(c, rc);
  if (anchor === null) return 'unclear';
  const sides = placeMarkers(c, rc, anchor)
    .filter((m) => m.kind === 'transplant')
    .map((m) => side(m.place));
  if (sides.includes('after')) return 'yes';
  return sides.includes(null) ? 'unclear' : 'no';
}

function outcomeKey(c: Case, outcome: KeyOutcome | null): OutcomeKey {
  if (!outcome) return 'not-reported';
  if (outcome.kind === 'death') return 'died';
  if (outcome.kind === 'response') return 'response';
  const e = c.events.find((x) => x.id === outcome.eventId);
  if (e?.kind !== 'follow-up') return 'unknown';
  return e.status === 'dead' ? 'died' : e.status;
}
