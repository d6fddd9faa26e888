// Visits the parts of a case that checks look at in several places: times and provenance.

import type { Case, Provenance, TimeSpec } from '../../format/index.ts';
import { joinPath } from '../problem.ts';
import { isRecord } from '../schemaAt.ts';

/**
 * Calls `visit` with every time spec in the case and its path (events, ends, grade-course steps,
 * points, the patient's age).
 */
export function forEachTime(c: Case, visit: (t: TimeSpec, path: string) => void): void {
  if (c.patient.age) visit(c.patient.age.at, 'patient.age.at');
  c.events.forEach((e, i) => {
    visit(e.time, `events[${i}].time`);
    if (e.end) visit(e.end, `events[${i}].end`);
    if (e.kind === 'toxicity')
      e.gradeCourse?.forEach((step, k) => visit(step.time, `events[${i}].gradeCourse[${k}].time`));
  });
  c.measurements.forEach((s, i) =>
    s.points.forEach((p, k) => visit(p.time, `measurements[${i}].points[${k}].time`)),
  );
}

/**
 * Calls `visit` with every provenance anywhere in the case and (lazily) the path of the object holding it.
 * Generic on purpose: a fact added to the format later is covered without touching the checks.
 */
export function forEachProvenance(
  c: Case,
  visit: (p: Provenance, holderPath: () => string) => void,
): void {
  const steps: Array<string | number> = [];
  // Built only when asked for: most provenances need no message.
  const pathOf = () => joinPath(steps);
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) {
      v.forEach((item, i) => {
        if (typeof item !== 'object' || item === null) return;
        steps.push(i);
        walk(item);
        steps.pop();
      });
    } else if (isRecord(v)) {
      if (isRecord(v.provenance)) visit(v.provenance as Provenance, pathOf);
      for (const key of Object.keys(v)) {
        const child = v[key];
        if (key === 'provenance' || typeof child !== 'object' || child === null) continue;
        steps.push(key);
        walk(child);
        steps.pop();
      }
    }
  };
  walk(c);
}

/** Appends a member name to a holder path ("" is the top). */
export const member = (holder: string, key: string) => (holder === '' ? key : `${holder}.${key}`);
