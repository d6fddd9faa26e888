import type { Case } from '../format/index.ts';
import { diseaseText } from '../summary/patientText.ts';
import { productTargets } from '../summary/targets.ts';
import { maxGrade } from '../summary/maxGrade.ts';
import type { CohortMarker, CrsKey } from './types.ts';

/**
 * The maximum CRS grade as the case reports it (maxGrade): a grade on an unstated scale keeps its
 * number; CRS without a grade, "no CRS" and silence stay three different things.
 */
export function crsKey(c: Case): CrsKey {
  return maxGrade(c, 'CRS');
}

/** Rank of a CRS key for sorting, highest first: graded by number, then ungraded, none, silent. */
export function crsRank(k: CrsKey): number {
  switch (k.kind) {
    case 'grade':
      return 10 + k.value;
    case 'occurred-no-grade':
      return 2;
    case 'none':
      return 1;
    case 'not-reported':
      return 0;
  }
}

/** CAR targets of the case's products, joined: "CD7", "CD19"; "" when none is stated. */
export function targetKey(c: Case): { key: string; text: string } {
  const targets = productTargets(c.products);
  if (targets.length === 0) return { key: '', text: 'target not stated' };
  const words = targets.map((t) => (t.derived ? `${t.target} (derived)` : t.target));
  return { key: targets.map((t) => t.target).join(', '), text: words.join(', ') };
}

/** The disease in words, from the patient. */
export function diseaseKey(c: Case): string {
  return diseaseText(c.patient);
}

/**
 * The days each marker is certain to reach from day 0: a point's best day; a window's end nearest
 * day 0 (its earliest day after the infusion, its latest before it; 0 when it spans day 0). A bar
 * over these days claims nothing the bounds do not: a follow-up "9–10 months" later was at least 9.
 */
export function certainDays(markers: readonly Pick<CohortMarker, 'place'>[]): number[] {
  return markers.flatMap((m) => {
    const p = m.place;
    if (p.kind === 'point') return [p.day];
    if (p.kind === 'window') return [p.lo >= 0 ? p.lo : p.hi <= 0 ? p.hi : 0];
    return [];
  });
}

/** The last day after the infusion that the markers are certain to reach, or null. */
export function followUpDay(markers: readonly Pick<CohortMarker, 'place'>[]): number | null {
  const days = certainDays(markers);
  const last = days.length > 0 ? Math.max(...days) : 0;
  return last > 0 ? last : null;
}
