// Every time fact of a case as a difference constraint between time points (index 0 is the
// calendar origin, epoch day 0). The kinds keep the author's words at hand for contradictions.
import type { Case, TimeSpec } from '../format/index.ts';
import { calendarRange } from './calendarSpec.ts';
import { dayOfIso } from './days.ts';
import { fmtDay } from './describe.ts';
import type { DifferenceConstraint } from './network.ts';
import { offsetParent, type TimeNode } from './nodes.ts';
import { offsetDays } from './offset.ts';
import { sourceDateRange } from './sourceDate.ts';
import type { DayRange } from './types.ts';

/** What a constraint says, in the terms a curator wrote it. */
export type ConstraintKind =
  | 'calendar' // a date, month or year
  | 'source-date' // the source's own date
  | 'offset' // counted from another time, with its tolerance or range
  | 'after'
  | 'before'
  | 'not-before'
  | 'not-after'
  | 'end' // an end is not before its start
  | 'reported'; // nothing a source reports happens after the source's date

/** A difference constraint with the node and file path that state it. */
export interface TimeConstraint extends DifferenceConstraint {
  kind: ConstraintKind;
  /** Key of the node whose time states this constraint. */
  node: string;
  /** JSON path of that time in the case file. */
  path: string;
  /** The other node named (after / before / offset / end), or the source id (reported, source-date). */
  other?: string;
}

/** Which constraint of a contradiction is set aside first: implied ones before stated ones. */
export const STRENGTH: Record<ConstraintKind, number> = {
  reported: 0,
  after: 1,
  before: 1,
  end: 1,
  'not-before': 2,
  'not-after': 2,
  offset: 3,
  calendar: 4,
  'source-date': 4,
};

const open = Infinity;

/**
 * The constraints of every node. `chainCalendar(key)` gives the calendar range of a dated node, or
 * the one an offset chain from a date implies (months counted on the calendar): tighter than the
 * offset in days, it is added as a bound from the origin. Nodes named but missing are skipped: the validator
 * reports them.
 */
export function caseConstraints(
  c: Case,
  nodes: readonly TimeNode[],
  index: ReadonlyMap<string, number>,
  chainCalendar: (key: string) => DayRange | null,
): TimeConstraint[] {
  const out: TimeConstraint[] = [];
  const sourceDays = new Map<string, DayRange | null>();
  const put = (
    kind: ConstraintKind,
    n: TimeNode,
    from: number | undefined,
    to: number | undefined,
    lo: number,
    hi: number,
    other?: string,
  ) => {
    if (from === undefined || to === undefined || from === to) return;
    const k: TimeConstraint = { from, to, lo, hi, kind, node: n.key, path: n.path };
    if (other !== undefined) k.other = other;
    out.push(k);
  };
  for (const n of nodes) {
    const me = index.get(n.key);
    const spec: TimeSpec = n.spec;
    switch (spec.kind) {
      case 'date':
      case 'month':
      case 'year': {
        const r = chainCalendar(n.key) ?? calendarRange(spec)!;
        put('calendar', n, 0, me, r.lo!, r.hi!);
        break;
      }
      case 'source-date': {
        const r = sourceDateRange(c, spec.source);
        if (r) put('source-date', n, 0, me, r.lo!, r.hi!, spec.source);
        break;
      }
      case 'offset': {
        const parent = offsetParent(spec);
        const d = offsetDays(spec);
        put('offset', n, index.get(parent), me, d.lo, d.hi, parent);
        const cal = chainCalendar(n.key);
        if (cal && cal.lo !== null && cal.hi !== null && index.has(parent))
          put('offset', n, 0, me, cal.lo, cal.hi, parent);
        break;
      }
      case 'order':
        for (const a of spec.after ?? []) put('after', n, index.get(a), me, 0, open, a);
        for (const b of spec.before ?? []) put('before', n, me, index.get(b), 0, open, b);
        if (spec.notBefore) put('not-before', n, 0, me, dayOfIso(spec.notBefore), open);
        if (spec.notAfter) put('not-after', n, 0, me, -open, dayOfIso(spec.notAfter));
        break;
      case 'unknown':
        break;
    }
    if (n.startKey) put('end', n, index.get(n.startKey), me, 0, open, n.startKey);
    const src = n.reportedBy;
    if (src) {
      let r = sourceDays.get(src);
      if (r === undefined) sourceDays.set(src, (r = sourceDateRange(c, src)));
      if (r?.hi != null) put('reported', n, 0, me, -open, r.hi, src);
    }
  }
  return out;
}

/** A node as a curator knows it: its label and id, never an internal key. */
export function nodeName(c: Case, key: string): string {
  const end = key.endsWith('#end');
  const id = end ? key.slice(0, -4) : key;
  const ev = c.events.find((e) => e.id === id);
  if (ev) return end ? `the end of "${ev.label}" (${ev.id})` : `"${ev.label}" (${ev.id})`;
  const m = /^(.*)\[(\d+)\]$/.exec(key);
  const series = m ? c.measurements.find((s) => s.id === m[1]) : undefined;
  if (series) return `point ${Number(m![2]) + 1} of "${series.label}" (${series.id})`;
  return `"${key}"`;
}

/** One constraint in words, quoting the source's wording where the curator recorded it. */
export function constraintWords(c: Case, k: TimeConstraint, spec: TimeSpec | undefined): string {
  const who = nodeName(c, k.node);
  const said = spec?.asStated ? ` ("${spec.asStated}")` : '';
  const sourceTitle = (id: string | undefined) => {
    const s = c.sources.find((x) => x.id === id);
    return s ? `"${s.title}"` : `"${id}"`;
  };
  switch (k.kind) {
    case 'calendar':
      return `${who} is ${k.lo === k.hi ? `on ${fmtDay(k.lo)}` : `between ${fmtDay(k.lo)} and ${fmtDay(k.hi)}`}${said}`;
    case 'source-date':
      return `${who} is the date of ${sourceTitle(k.other)}, ${fmtDay(k.lo)}–${fmtDay(k.hi)}${said}`;
    case 'offset': {
      if (k.from === 0)
        return `${who} is between ${fmtDay(k.lo)} and ${fmtDay(k.hi)}, counted from ${nodeName(c, k.other!)}${said}`;
      return `${who} is ${k.lo}–${k.hi} days after ${nodeName(c, k.other!)}${said}`;
    }
    case 'after':
      return `${who} is after ${nodeName(c, k.other!)}${said}`;
    case 'before':
      return `${who} is before ${nodeName(c, k.other!)}${said}`;
    case 'not-before':
      return `${who} is not before ${fmtDay(k.lo)}`;
    case 'not-after':
      return `${who} is not after ${fmtDay(k.hi)}`;
    case 'end':
      return `${who} is not before its start`;
    case 'reported':
      return `${who} is reported by ${sourceTitle(k.other)}, dated ${fmtDay(k.hi)}, so it is not after that day`;
  }
}
