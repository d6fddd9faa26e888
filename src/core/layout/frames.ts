import type { Case } from '../format/index.ts';
import type { ResolvedCase } from '../time/types.ts';
import type { Frame } from './types.ts';

const KIND_WORDS: Record<string, string> = {
  diagnosis: 'diagnosis',
  transplant: 'transplant',
  'car-t-infusion': 'CAR-T infusion',
};

export const CALENDAR: Frame = { mode: 'calendar', anchor: null };

/** The frames a reader can pick for this case, default first (the first CAR-T infusion if any). */
export function frameChoices(c: Case, rc: ResolvedCase): Array<{ frame: Frame; label: string }> {
  const byId = new Map(c.events.map((e) => [e.id, e]));
  const anchors = [...rc.anchors].sort(
    (a, b) => Number(b === rc.defaultAnchor) - Number(a === rc.defaultAnchor),
  );
  const out = anchors.flatMap((id) => {
    const e = byId.get(id);
    if (!e) return [];
    const frame: Frame = { mode: 'relative', anchor: id };
    return [{ frame, label: `Days from ${KIND_WORDS[e.kind] ?? e.kind} (${e.label})` }];
  });
  const hasCalendar = [...rc.times.values()].some((t) => t.placement === 'calendar');
  if (hasCalendar) out.push({ frame: CALENDAR, label: 'Calendar dates' });
  // A case with neither anchors nor dates still needs one frame: its sequence alone.
  if (out.length === 0) out.push({ frame: CALENDAR, label: 'Order only (no dates)' });
  return out;
}
