// Format 1.1 only adds optional fields, so the app reads a 1.1 field in any file; a file that
// uses one while saying "formatVersion": 1 would mislead a tool that reads only 1.0.

import type { Case } from '../../format/index.ts';
import { warning, type Draft } from '../draft.ts';
import { forEachProvenance, member } from './walk.ts';

const NEW_KINDS = new Set(['apheresis', 'icu-admission', 'mechanical-ventilation']);

/** Path of the first format 1.1 field in the case, or null when it uses none. */
export function firstNewField(c: Case): string | null {
  for (const [i, s] of c.sources.entries()) {
    if (s.type === 'preprint') return `sources[${i}].type`;
    if (s.unknown) return `sources[${i}].unknown`;
  }
  for (const [i, e] of c.events.entries()) {
    if (NEW_KINDS.has(e.kind)) return `events[${i}].kind`;
    if (e.kind === 'other' && e.lane) return `events[${i}].lane`;
    if (e.kind === 'toxicity' && e.gradeCourse) return `events[${i}].gradeCourse`;
  }
  for (const [i, s] of c.measurements.entries())
    for (const [k, p] of s.points.entries())
      if (p.qualifier === 'above-limit') return `measurements[${i}].points[${k}].qualifier`;
  let corroborated: string | null = null;
  forEachProvenance(c, (p, holder) => {
    if (!corroborated && p.corroboratedBy)
      corroborated = member(member(holder(), 'provenance'), 'corroboratedBy');
  });
  return corroborated;
}

/** Warns when a file that says "formatVersion": 1 uses a field format 1.1 added. */
export function checkVersion(c: Case): Draft[] {
  if (c.formatVersion !== 1) return [];
  const at = firstNewField(c);
  if (!at) return [];
  return [
    warning(
      'newer-format-field',
      'formatVersion',
      '1.1 in a file that uses format 1.1 fields',
      `1, but ${at} is a format 1.1 field`,
      'Set "formatVersion" to 1.1.',
    ),
  ];
}
