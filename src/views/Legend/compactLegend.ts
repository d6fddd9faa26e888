// Which legend entries a slide's one- or two-line legend keeps: a slide has no height to spare,
// so the entries that fit in a few rows are kept, in the order a room asks about them (the
// toxicities, the infusion, relapse, response, transplant, then the other glyphs, then the time
// conventions); the rest are counted in a "+N more" entry.
import { textWidth } from '../../scene/index.ts';

/** One entry as the compact legend weighs it. */
export interface CompactCandidate {
  /** Legend key ("tox-crs-graded", "car-t", "window"…). */
  key: string;
  /** Its label as drawn. */
  label: string;
  /** True for a time convention (kept after every glyph). */
  convention?: boolean;
}

/** The keys kept, in the legend's own order, and how many were left out. */
export interface CompactLegend {
  /** Keys of the entries drawn. */
  keep: Set<string>;
  /** Entries left out (named by a "+N more" entry); 0 when all fit. */
  more: number;
}

// The slide legend's geometry in ems (embed.css): a 3em icon, 0.25em to the label, 0.9em
// between entries, 0.4em of padding on each side; 0.3em of slack per entry, since the browser's
// semi-bold runs a little wider than the estimate.
const ICON_EM = 3.25;
const SLACK_EM = 0.3;
const GAP_EM = 0.9;
const PAD_EM = 0.8;

/** The words of the entry that counts what was left out. */
export const moreText = (n: number) => `+${n} more in the full legend`;

/** Glyph keys a presenter explains first, after the toxicities. */
const FIRST = ['car-t', 'relapse', 'response', 'transplant'];

const rank = (c: CompactCandidate) => {
  if (c.convention) return FIRST.length + 2;
  if (c.key.startsWith('tox-')) return 0;
  const i = FIRST.indexOf(c.key);
  return i < 0 ? FIRST.length + 1 : i + 1;
};

/** True when the entries, in order, flow into at most `lines` rows of `width` px. */
function flows(widths: readonly number[], width: number, gap: number, lines: number): boolean {
  let rows = 1;
  let x = 0;
  for (const w of widths) {
    if (x > 0 && x + gap + w > width) {
      rows++;
      x = w;
    } else x += (x > 0 ? gap : 0) + w;
    if (rows > lines) return false;
  }
  return true;
}

/**
 * The entries a legend of `lines` rows, `width` px wide at `font` px text, keeps: all of them when
 * they fit, else as many as fit by priority beside a "+N more" entry (kept in the legend's order).
 */
export function compactLegend(
  entries: readonly CompactCandidate[],
  width: number,
  font: number,
  lines: number,
): CompactLegend {
  const room = width - PAD_EM * font;
  const gap = GAP_EM * font;
  // Labels are semi-bold (timeline.css): measured bold, so the estimate errs roomy.
  const widthOf = (label: string) => (ICON_EM + SLACK_EM) * font + textWidth(label, font, true);
  const inOrder = (keys: Set<string>) => entries.filter((e) => keys.has(e.key));
  const all = new Set(entries.map((e) => e.key));
  if (
    flows(
      inOrder(all).map((e) => widthOf(e.label)),
      room,
      gap,
      lines,
    )
  )
    return { keep: all, more: 0 };
  const byPriority = [...entries].sort((a, b) => rank(a) - rank(b));
  const keep = new Set<string>();
  for (const e of byPriority) {
    keep.add(e.key);
    const more = entries.length - keep.size;
    const widths = [
      ...inOrder(keep).map((k) => widthOf(k.label)),
      SLACK_EM * font + textWidth(moreText(more), font),
    ];
    if (!flows(widths, room, gap, lines)) keep.delete(e.key);
  }
  return { keep, more: entries.length - keep.size };
}
