// The time builder: what a curator fills in for one time (a kind and its few fields, all as typed)
// and the format's time JSON it makes. Fields that do not belong to the chosen kind are ignored,
// so switching kind and back loses nothing the curator typed.
import type { TimeSpec } from '../format/index.ts';

/** Kinds of time the builder offers, in the order a curator meets them. */
export const TIME_KINDS = [
  'date',
  'month',
  'year',
  'offset',
  'order',
  'source-date',
  'unknown',
] as const satisfies readonly TimeSpec['kind'][];

/** One kind of time the builder offers. */
export type TimeKind = (typeof TIME_KINDS)[number];

/** The time builder's fields, as typed (numbers as text, so a half-typed value is kept). */
export interface TimeForm {
  kind: TimeKind;
  /** YYYY-MM-DD, for a date. */
  date: string;
  /** YYYY-MM, for a month. */
  month: string;
  /** YYYY, for a year. */
  year: string;
  /** Id of the event an offset counts from. */
  from: string;
  /** Count from that event's start or its end. */
  anchor: 'start' | 'end';
  amount: string;
  /** Upper end of a range. */
  amountMax: string;
  unit: 'day' | 'week' | 'month' | 'year';
  /** The source rounds ("about three months"). */
  approximate: boolean;
  /** The source gives a range ("within 1 month": 0 to 1). */
  range: boolean;
  /** Half-width of an approximate offset; empty for the resolver's default. */
  tolerance: string;
  /** Ids of events this one follows / precedes. */
  after: string[];
  before: string[];
  notBefore: string;
  notAfter: string;
  /** Id of the source whose own date this is. */
  source: string;
  /** The words the source uses. */
  asStated: string;
}

/** An empty form of the given kind. */
export function emptyTimeForm(kind: TimeKind = 'unknown'): TimeForm {
  return {
    kind,
    date: '',
    month: '',
    year: '',
    from: '',
    anchor: 'start',
    amount: '',
    amountMax: '',
    unit: 'day',
    approximate: false,
    range: false,
    tolerance: '',
    after: [],
    before: [],
    notBefore: '',
    notAfter: '',
    source: '',
    asStated: '',
  };
}

/** A number as typed: a finite number, else the text itself so the validator names the field. */
function num(text: string): number | string {
  const t = text.trim();
  const n = Number(t);
  return t !== '' && Number.isFinite(n) ? n : t;
}

const words = (f: TimeForm) => (f.asStated.trim() ? { asStated: f.asStated.trim() } : {});

/**
 * The format's time JSON for a form. Required fields left empty stay empty (or are left out), so
 * the validator reports them at their place; nothing is guessed.
 */
export function buildTime(f: TimeForm): TimeSpec {
  const w = words(f);
  switch (f.kind) {
    case 'date':
      return { kind: 'date', date: f.date.trim(), ...w };
    case 'month':
      return { kind: 'month', month: f.month.trim(), ...w };
    case 'year':
      return { kind: 'year', year: num(f.year) as number, ...w };
    case 'offset': {
      const out: Record<string, unknown> = { kind: 'offset', from: f.from };
      if (f.anchor === 'end') out.anchor = 'end';
      out.amount = num(f.amount);
      if (f.range) out.amountMax = num(f.amountMax);
      out.unit = f.unit;
      if (f.approximate) {
        out.approximate = true;
        if (f.tolerance.trim() !== '') out.tolerance = num(f.tolerance);
      }
      return { ...out, ...w } as TimeSpec;
    }
    case 'order': {
      const out: Record<string, unknown> = { kind: 'order' };
      if (f.after.length) out.after = [...f.after];
      if (f.before.length) out.before = [...f.before];
      if (f.notBefore.trim()) out.notBefore = f.notBefore.trim();
      if (f.notAfter.trim()) out.notAfter = f.notAfter.trim();
      return { ...out, ...w } as TimeSpec;
    }
    case 'source-date':
      return { kind: 'source-date', source: f.source, ...w };
    case 'unknown':
      return { kind: 'unknown', ...w };
  }
}

const text = (v: unknown) => (v === undefined || v === null ? '' : String(v));
const ids = (v: unknown) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);

/** The form for a time JSON already in a file (anything unreadable becomes an unknown time). */
export function timeForm(spec: unknown): TimeForm {
  const s = (typeof spec === 'object' && spec !== null ? spec : {}) as Record<string, unknown>;
  const kind = (TIME_KINDS as readonly unknown[]).includes(s.kind)
    ? (s.kind as TimeKind)
    : 'unknown';
  const unit = ['day', 'week', 'month', 'year'].includes(s.unit as string)
    ? (s.unit as TimeForm['unit'])
    : 'day';
  return {
    ...emptyTimeForm(kind),
    date: text(s.date),
    month: text(s.month),
    year: text(s.year),
    from: text(s.from ?? ''),
    anchor: s.anchor === 'end' ? 'end' : 'start',
    amount: text(s.amount),
    amountMax: text(s.amountMax),
    unit,
    approximate: s.approximate === true,
    range: s.amountMax !== undefined,
    tolerance: text(s.tolerance),
    after: ids(s.after),
    before: ids(s.before),
    notBefore: text(s.notBefore),
    notAfter: text(s.notAfter),
    source: text(s.source),
    asStated: text(s.asStated),
  };
}
