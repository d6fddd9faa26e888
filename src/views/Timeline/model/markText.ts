import type { Case, TimeSpec } from '../../../core/format/index.ts';
import { isTreatment } from '../../../core/format/treatments.ts';
import type { Mark } from '../../../core/layout/types.ts';
import { describeTime, specOf } from '../../../core/time/describe.ts';
import type { ResolvedCase } from '../../../core/time/types.ts';
import { gradeCourseLines, toxicityGradeText } from '../../../core/summary/toxicityText.ts';
import { KIND_LABEL } from '../../EventList/kindLabel.ts';

/** What kind of thing a mark is, in words ("Toxicity", "MRD % measurement"). */
export function markKind(c: Case, m: Mark): string {
  if (m.seriesId) {
    const s = c.measurements.find((x) => x.id === m.seriesId);
    return s ? `${s.label} measurement` : 'Measurement';
  }
  const e = eventById(c, m.eventId);
  return e ? KIND_LABEL[e.kind] : 'Event';
}

// Events by id per case, so naming thousands of marks is not a scan of the events each.
const eventIndex = new WeakMap<Case, Map<string, Case['events'][number]>>();
function eventById(c: Case, id: string | undefined) {
  let index = eventIndex.get(c);
  if (!index) eventIndex.set(c, (index = new Map(c.events.map((e) => [e.id, e]))));
  return id === undefined ? undefined : index.get(id);
}

// Per case, treatment id → labels of the toxicities it was given for ("treatedBy" read backwards).
const givenForIndex = new WeakMap<Case, Map<string, string[]>>();
function givenFor(c: Case, id: string): string[] {
  let index = givenForIndex.get(c);
  if (!index) {
    index = new Map();
    for (const e of c.events)
      if (e.kind === 'toxicity')
        for (const t of new Set(e.treatedBy ?? []))
          index.set(t, [...(index.get(t) ?? []), e.label]);
    givenForIndex.set(c, index);
  }
  return index.get(id) ?? [];
}

/**
 * What a mark's "treated by" links say: "treated with Tocilizumab, Methylprednisolone" on a
 * toxicity, "given for CRS" on a treatment; "" when it has none.
 */
export function treatmentText(c: Case, m: Mark): string {
  const e = eventById(c, m.eventId);
  if (!e) return '';
  if (e.kind === 'toxicity') {
    const by = [...new Set(e.treatedBy ?? [])]
      .map((id) => eventById(c, id))
      .filter((t) => t !== undefined && isTreatment(t))
      .map((t) => t!.label);
    return by.length ? `treated with ${by.join(', ')}` : '';
  }
  const toxicities = isTreatment(e) ? givenFor(c, e.id) : [];
  return toxicities.length ? `given for ${toxicities.join(', ')}` : '';
}

/** The time spec behind a mark's key (core specOf), with events found by index, not by a scan. */
function specFor(c: Case, key: string): TimeSpec | undefined {
  const [id, tail] = key.split('#');
  const ev = eventById(c, id);
  if (ev) return tail === 'end' ? ev.end : ev.time;
  return specOf(c, key);
}

/** Looks up a mark's accessible name by key (a Map, or a lazy lookup). */
export interface NameLookup {
  /** The name of the mark with this key, if it is one of the chart's marks. */
  get(key: string): string | undefined;
}

/**
 * Names of the marks, each worked out the first time it is asked for and kept: a dense chart
 * draws its marks on a canvas and names none of them, and naming 10,000 marks up front held the
 * first draw of a large case for hundreds of ms.
 */
export function lazyNames(c: Case, rc: ResolvedCase, marks: readonly Mark[]): NameLookup {
  const byKey = new Map(marks.map((m) => [m.key, m]));
  const done = new Map<string, string>();
  return {
    get(key) {
      let name = done.get(key);
      if (name === undefined) {
        const m = byKey.get(key);
        if (!m) return undefined;
        name = markName(c, rc, m);
        done.set(key, name);
      }
      return name;
    },
  };
}

/** A mark's grade or value in words, or "" when it has none. */
export function markValue(c: Case, m: Mark): string {
  if (m.seriesId) return m.label;
  const e = eventById(c, m.eventId);
  if (e?.kind !== 'toxicity') return '';
  // The table and the mark's name list a grade course step by step after its maximum.
  const course = gradeCourseLines(c, e);
  return course.length > 1
    ? `${toxicityGradeText(e)} (${course.join('; then ')})`
    : toxicityGradeText(e);
}

/**
 * The accessible name of a mark: kind, label, grade or value, and its time as resolved, so a
 * screen reader hears the same facts a sighted reader sees.
 */
export function markName(c: Case, rc: ResolvedCase, m: Mark): string {
  const time = describeTime(c, rc, m.key, specFor(c, m.key)).resolved;
  const parts = [`${markKind(c, m)}: ${m.seriesId ? '' : m.label}`.replace(/: $/, '')];
  const value = markValue(c, m);
  if (value) parts.push(value);
  parts.push(time);
  if (m.plan) parts.push('planned, not an event');
  if (m.derived) parts.push('derived by the curator');
  const treatment = m.seriesId ? '' : treatmentText(c, m);
  if (treatment) parts.push(treatment);
  return parts.join('; ');
}
