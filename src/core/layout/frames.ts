import type { Case } from '../format/index.ts';
import type { ResolvedCase } from '../time/types.ts';
import { placeNodes } from './place.ts';
import type { Frame } from './types.ts';

const KIND_WORDS: Record<string, string> = {
  diagnosis: 'diagnosis',
  transplant: 'transplant',
  'car-t-infusion': 'CAR-T infusion',
};

export const CALENDAR: Frame = { mode: 'calendar', anchor: null };

/** A frame the reader can pick, with the words of the picker and how many events it times. */
export interface FrameChoice {
  frame: Frame;
  label: string;
  /** Events at a day (the anchor at day 0 included) or inside a closed window in this frame; −1 when not counted (a large case). */
  timed: number;
}

/** Events that a frame puts in time: a point, or a window closed on both sides. */
function timedEvents(c: Case, rc: ResolvedCase, frame: Frame): number {
  const places = placeNodes(rc, frame, c);
  let n = 0;
  for (const e of c.events) {
    const p = places.get(e.id);
    if (p?.kind === 'point' || (p?.kind === 'window' && !p.open)) n++;
  }
  return n;
}

/**
 * The frames a reader can pick for this case, default first. The default is the frame that puts
 * the most events in time (ties go to the first CAR-T infusion, then other anchors in order, then
 * the calendar), because a frame that leaves most of the story untimed hides it: Kong's scans are
 * timed only from the second infusion. When no frame times anything but its anchor, the case is
 * shown as its sequence alone. Each label says how many events the frame times.
 */
export function frameChoices(c: Case, rc: ResolvedCase): FrameChoice[] {
  let choices = memo.get(rc);
  if (!choices) memo.set(rc, (choices = computeChoices(c, rc)));
  return choices;
}

// Views ask for the choices in several places per render; the answer depends on the case alone.
const memo = new WeakMap<ResolvedCase, FrameChoice[]>();

/**
 * Above this many time points, frames are not counted: each count places every node in its frame
 * (two shortest-path passes per anchor), about 50–100 ms per frame at 10,000 points, for a choice
 * that matters for the report-sized cases a reader curates. Large cases keep the first infusion.
 */
export const COUNT_FRAMES_MAX_NODES = 2_000;

function computeChoices(c: Case, rc: ResolvedCase): FrameChoice[] {
  const count = rc.order.length <= COUNT_FRAMES_MAX_NODES;
  const byId = new Map(c.events.map((e) => [e.id, e]));
  const total = c.events.length;
  const anchors = [...rc.anchors].sort(
    (a, b) => Number(b === rc.defaultAnchor) - Number(a === rc.defaultAnchor),
  );
  const out: FrameChoice[] = anchors.flatMap((id) => {
    const e = byId.get(id);
    if (!e) return [];
    const frame: Frame = { mode: 'relative', anchor: id };
    const timed = count ? timedEvents(c, rc, frame) : -1;
    const what = `${KIND_WORDS[e.kind] ?? e.kind} (${e.label})`;
    return [{ frame, label: `Days from ${what}`, timed }];
  });
  const hasCalendar = [...rc.times.values()].some((t) => t.placement === 'calendar');
  if (hasCalendar)
    out.push({
      frame: CALENDAR,
      label: 'Calendar dates',
      timed: count ? timedEvents(c, rc, CALENDAR) : -1,
    });
  // Uncounted (a large case): the first infusion first, as the resolver orders the anchors.
  if (!count) return out;
  const best = Math.max(0, ...out.map((ch) => ch.timed));
  // An anchor's frame always times its anchor at day 0: it shows something only beyond that.
  if (out.every((ch) => ch.timed <= (ch.frame.mode === 'relative' ? 1 : 0))) {
    // Order only: each anchor's grid would time its anchor alone; the sequence is what there is.
    return [
      {
        frame: CALENDAR,
        label: 'Sequence only (the source gives no dates or day counts)',
        timed: 0,
      },
      ...out.filter((ch) => ch.frame.mode === 'relative'),
    ].map(withCount(total));
  }
  const first = out.findIndex((ch) => ch.timed === best);
  const [chosen] = out.splice(first, 1);
  return [{ ...chosen!, label: `${chosen!.label}, most events in time` }, ...out].map(
    withCount(total),
  );
}

/** Appends "· 5 of 12 events timed" so the picker says what each frame shows. */
const withCount =
  (total: number) =>
  (ch: FrameChoice): FrameChoice =>
    ch.label.startsWith('Sequence only')
      ? ch
      : { ...ch, label: `${ch.label} · ${ch.timed} of ${total} events timed` };
