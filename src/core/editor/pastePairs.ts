// Measurements pasted as a column of day / value pairs (from a spreadsheet, a table in a PDF, or
// typed), turned into points counted in days from one event. Each line is read on its own, so one
// bad line is named with its number and the rest still come through.
import { Point } from '../format/index.ts';
import { literalValues } from '../validate/schemaAt.ts';

/** One pasted line that was understood. */
export interface PastedPair {
  /** 1-based line number in the pasted text. */
  line: number;
  /** Days from the anchor event (negative: before it). */
  day: number;
  /** The number, when there is one ("undetectable" has none). */
  value?: number;
  /** A censored or bounded value: "<10" is below detection, ">5000" above the assay's limit. */
  qualifier?: string;
  /** The value exactly as pasted, kept when it was not a plain number. */
  asPrinted?: string;
}

/** One pasted line that was not understood, with what to change. */
export interface PasteError {
  line: number;
  message: string;
}

/** What a paste gave: the pairs read and the lines that could not be. */
export interface PasteResult {
  pairs: PastedPair[];
  errors: PasteError[];
}

const QUALIFIERS = literalValues(Point.shape.qualifier).map(String);
/** The format's qualifier for a value above an assay's upper limit, once the format has one. */
const ABOVE = QUALIFIERS.find((q) => q.startsWith('above'));
const BELOW = QUALIFIERS.find((q) => q.startsWith('below'));
const NONE = QUALIFIERS.find((q) => q === 'undetectable');
const UNDETECTABLE_WORDS = /^(undetectable|undetected|nd|n\.d\.|neg|negative)$/i;

/** Splits a line into its two cells: on tabs, else semicolons or commas, else spaces. */
function cells(line: string): string[] {
  const t = line.trim();
  if (t.includes('\t')) return t.split(/\t+/).map((c) => c.trim());
  if (/[;,]\s/.test(t) || /^[^,]*,[^,]*$/.test(t)) return t.split(/\s*[;,]\s*/);
  return t.split(/\s+/);
}

/** A day cell: "7", "-3", "day 7", "D7", "d+14". */
function readDay(cell: string): number | null {
  const m = /^(?:day|d)?\s*([+-]?\d+)$/i.exec(cell.trim());
  return m ? Number(m[1]) : null;
}

/** A number as printed: "1200", "1 200", "3.5e4", "350758". */
function readNumber(cell: string): number | null {
  const t = cell.replace(/[\s\u00a0]/g, '');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return null;
  return Number(t);
}

function readValue(cell: string, line: number): PastedPair | PasteError {
  const t = cell.trim();
  if (UNDETECTABLE_WORDS.test(t) && NONE) return { line, day: 0, qualifier: NONE, asPrinted: t };
  const bound = /^([<>]|≤|≥)\s*(.*)$/.exec(t);
  if (bound) {
    const qualifier = bound[1] === '<' || bound[1] === '≤' ? BELOW : ABOVE;
    const n = readNumber(bound[2]!);
    if (!qualifier)
      return {
        line,
        message: `"${t}": this version of the case format has no qualifier for a value above a limit; enter the number and a note`,
      };
    if (n === null) return { line, message: `"${t}": expected a number after "${bound[1]}"` };
    return { line, day: 0, value: n, qualifier, asPrinted: t };
  }
  const n = readNumber(t);
  if (n === null)
    return {
      line,
      message: `"${t}": expected a value such as 1200, <10, >5000 or "undetectable"`,
    };
  return { line, day: 0, value: n };
}

/** Reads pasted day / value pairs, one a line; blank lines are skipped. */
export function parsePairs(text: string): PasteResult {
  const pairs: PastedPair[] = [];
  const errors: PasteError[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    const c = cells(raw).filter((x) => x !== '');
    if (c.length !== 2) {
      errors.push({
        line,
        message: `expected two cells, a day and a value (e.g. "7	1200"), found ${c.length}`,
      });
      return;
    }
    const day = readDay(c[0]!);
    if (day === null) {
      errors.push({ line, message: `"${c[0]}": expected a whole day number such as 7 or -3` });
      return;
    }
    const v = readValue(c[1]!, line);
    if ('message' in v) errors.push(v);
    else pairs.push({ ...v, day });
  });
  return { pairs, errors };
}

/** Provenance every pasted point shares (the figure or table the column came from). */
export type PastedProvenance = Point['provenance'];

/** Point JSON for pasted pairs, each counted in days from `anchor`. */
export function pointsFromPairs(
  pairs: readonly PastedPair[],
  anchor: string,
  provenance: PastedProvenance,
): Point[] {
  return pairs.map((p) => {
    const point: Record<string, unknown> = {
      time: { kind: 'offset', from: anchor, amount: p.day, unit: 'day' },
    };
    if (p.value !== undefined) point.value = p.value;
    if (p.qualifier) point.qualifier = p.qualifier;
    if (p.asPrinted) point.asPrinted = p.asPrinted;
    point.provenance = { ...provenance };
    return point as Point;
  });
}
