// Size limits for a case file opened in the browser. They keep a pasted or dropped file from
// freezing the page; the largest curated case is far below them (docs/case-format.md, "Size
// limits"). The CLI does not apply them: a curator may check a large file on purpose.

import { error, type Draft } from './draft.ts';

/** Largest case file the browser opens, in bytes of UTF-8 (8 MiB: room for the benchmark's L case, 8,000 events). */
export const MAX_CASE_BYTES = 8 * 1024 * 1024;

/** Most events a case opened in the browser may hold. */
export const MAX_EVENTS = 10_000;

/** Most measurement points, over all series, a case opened in the browser may hold. */
export const MAX_POINTS = 20_000;

/** Bytes the text takes as UTF-8, counted only as far as needed to compare with `limit`. */
export function utf8Bytes(text: string, limit = Infinity): number {
  let n = 0;
  for (let i = 0; i < text.length && n <= limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** "2 MB"-style size for messages: MiB (one decimal unless whole) from 1 MiB up, else kB. */
export function sizeText(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
  return `${Math.ceil(bytes / 1024)} kB`;
}

/** The limits the browser's opener applies. */
export const OPEN_FILE_LIMITS = {
  maxBytes: MAX_CASE_BYTES,
  maxEvents: MAX_EVENTS,
  maxPoints: MAX_POINTS,
} as const;

/** The error for a file above the size limit (checked before parsing, so a huge file costs little). */
export function tooLarge(bytes: number, limit = MAX_CASE_BYTES): Draft {
  return error(
    'file-too-large',
    '',
    `a case file of at most ${sizeText(limit)}`,
    `a file of ${sizeText(bytes)} (${bytes.toLocaleString('en')} bytes)`,
    'Check that this is a Caselines case file; a case this large should be split, or its long texts shortened.',
  );
}

/** Errors for a parsed case holding more events or measurement points than the limits allow. */
export function checkCounts(
  value: { events?: unknown; measurements?: unknown },
  limits: { maxEvents: number; maxPoints: number } = OPEN_FILE_LIMITS,
): Draft[] {
  const out: Draft[] = [];
  const events = Array.isArray(value.events) ? value.events.length : 0;
  if (events > limits.maxEvents)
    out.push(
      error(
        'too-many-events',
        'events',
        `at most ${limits.maxEvents} events`,
        `${events} events`,
        'Split the case, or keep only the events the source reports.',
      ),
    );
  const points = Array.isArray(value.measurements)
    ? value.measurements.reduce<number>(
        (n, s: unknown) =>
          n +
          (s !== null && typeof s === 'object' && Array.isArray((s as { points?: unknown }).points)
            ? (s as { points: unknown[] }).points.length
            : 0),
        0,
      )
    : 0;
  if (points > limits.maxPoints)
    out.push(
      error(
        'too-many-points',
        'measurements',
        `at most ${limits.maxPoints} measurement points over all series`,
        `${points} points`,
        'Keep the points the source reports in numbers; a dense curve belongs in its figure.',
      ),
    );
  return out;
}
