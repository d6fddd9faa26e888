import type { Case, Event } from '../format/index.ts';
import { isBelowLimit } from '../kinetics/censored.ts';
import { pointKey } from '../time/nodes.ts';
import { relativeTo } from '../time/relative.ts';
import type { ResolvedCase } from '../time/types.ts';
import { laterInfusionNote, notReported, withNote } from './cells.ts';
import { nodeEvidence } from './evidence.ts';
import { eventsOf, isAfter, isBefore, seq, type EventOf } from './picks.ts';
import { spanCell } from './span.ts';
import type { IntervalCell } from './types.ts';
import { countWord } from './words.ts';

const NO_INFUSION = 'The case records no CAR-T infusion.';

/** The last relapse before the first infusion: the relapse that led to CAR-T. */
export function relapseBefore(
  c: Case,
  rc: ResolvedCase,
  infusion: Event,
): EventOf<'relapse'> | null {
  return relapsesBefore(c, rc, infusion).at(-1) ?? null;
}

function relapsesBefore(c: Case, rc: ResolvedCase, infusion: Event): Array<EventOf<'relapse'>> {
  return eventsOf(c, rc, 'relapse').filter((e) => isBefore(rc, e.id, infusion.id));
}

/** A note for a case whose only relapses come after the first infusion (Kong). */
function laterRelapseNote(c: Case, rc: ResolvedCase, infusion: Event): string | undefined {
  const later = eventsOf(c, rc, 'relapse').some((e) => isAfter(rc, e.id, infusion.id));
  return later ? 'The recorded relapse comes after the first CAR-T infusion.' : undefined;
}

/** "The first of two relapses recorded after the diagnosis." when the row had several to pick from. */
function pickNote(count: number, which: 'first' | 'last', of: string): string | undefined {
  return count > 1 ? `The ${which} of ${countWord(count)} ${of}.` : undefined;
}

const FIRST_RELAPSE = 'first relapse';
const RELAPSE_BEFORE = 'last relapse before CAR-T';

/**
 * Diagnosis → the first relapse after it, wherever that relapse lies (a first relapse after CAR-T,
 * as in Kong, is still the first relapse, and the cell says so).
 */
export function diagnosisToRelapse(
  c: Case,
  rc: ResolvedCase,
  infusion: Event | null,
): IntervalCell {
  const dx = eventsOf(c, rc, 'diagnosis')[0];
  const relapses = eventsOf(c, rc, 'relapse').filter((e) => !dx || isAfter(rc, e.id, dx.id));
  const relapse = relapses[0];
  if (!relapse) return notReported();
  if (!dx)
    return notReported('The case records no diagnosis.', [
      nodeEvidence(c, rc, relapse.id, FIRST_RELAPSE),
    ]);
  const cell = spanCell(
    c,
    rc,
    {
      from: dx.id,
      to: relapse.id,
      fromName: 'diagnosis',
      roles: { from: 'diagnosis', to: FIRST_RELAPSE },
    },
    'length',
    true,
  );
  const afterCart =
    infusion && isAfter(rc, relapse.id, infusion.id)
      ? 'This first relapse comes after the first CAR-T infusion.'
      : undefined;
  return withNote(
    withNote(cell, pickNote(relapses.length, 'first', 'relapses recorded after the diagnosis')),
    afterCart,
  );
}

/** The relapse that led to CAR-T (the last relapse before the first infusion) → that infusion. */
export function relapseToInfusion(c: Case, rc: ResolvedCase, infusion: Event | null): IntervalCell {
  if (!infusion) return notReported(NO_INFUSION);
  const before = relapsesBefore(c, rc, infusion);
  const relapse = before.at(-1);
  if (!relapse) return notReported(laterRelapseNote(c, rc, infusion));
  // Named from the relapse's side: the infusion is "after the relapse".
  const cell = spanCell(
    c,
    rc,
    {
      from: relapse.id,
      to: infusion.id,
      fromName: 'the relapse',
      roles: { from: RELAPSE_BEFORE, to: 'infusion' },
    },
    'length',
    true,
  );
  return withNote(cell, pickNote(before.length, 'last', 'relapses before the infusion'));
}

/**
 * A span from the infusion to an event or point after it (`role`: what the row uses it as, e.g.
 * "first CR"), noting any infusion in between.
 */
export function fromInfusion(
  c: Case,
  rc: ResolvedCase,
  infusion: Event,
  key: string,
  role: string,
): IntervalCell {
  const cell = spanCell(
    c,
    rc,
    { from: infusion.id, to: key, fromName: 'infusion', roles: { from: 'infusion', to: role } },
    'day',
  );
  return withNote(cell, laterInfusionNote(c, rc, key));
}

const CR_ASSESSMENTS = new Set(['CR', 'CRi', 'remission']);

/** Infusion → the first CR, CRi or "remission" after it. */
export function infusionToCr(c: Case, rc: ResolvedCase, infusion: Event | null): IntervalCell {
  if (!infusion) return notReported(NO_INFUSION);
  const cr = eventsOf(c, rc, 'response').find(
    (e) => CR_ASSESSMENTS.has(e.assessment) && isAfter(rc, e.id, infusion.id),
  );
  if (!cr) return notReported();
  const role = cr.assessment === 'remission' ? 'first remission' : `first ${cr.assessment}`;
  const cell = fromInfusion(c, rc, infusion, cr.id, role);
  return cr.assessment === 'remission'
    ? withNote(cell, 'The source says “remission” without calling it CR.')
    : cell;
}

/** Every MRD-negative finding after the infusion: responses, and undetectable or censored MRD points. */
function mrdNegatives(c: Case, rc: ResolvedCase, infusion: Event): string[] {
  const responses = eventsOf(c, rc, 'response')
    .filter((e) => e.assessment === 'MRD-negative')
    .map((e) => e.id);
  const points = c.measurements
    .filter((s) => s.quantity === 'MRD')
    .flatMap((s) => s.points.flatMap((p, i) => (isBelowLimit(p) ? [pointKey(s.id, i)] : [])));
  return [...responses, ...points]
    .filter((k) => isAfter(rc, k, infusion.id))
    .sort((x, y) => seq(rc, x) - seq(rc, y));
}

/**
 * Infusion → the first MRD negativity. A response and an MRD point reporting the same finding at
 * the same time (Marina's day 13) are both cited.
 */
export function infusionToMrdNegative(
  c: Case,
  rc: ResolvedCase,
  infusion: Event | null,
): IntervalCell {
  if (!infusion) return notReported(NO_INFUSION);
  const [first, ...rest] = mrdNegatives(c, rc, infusion);
  if (!first) return notReported();
  const cell = fromInfusion(c, rc, infusion, first, 'first MRD negativity');
  const at = relativeTo(rc, first, infusion.id);
  const same = rest.filter((k) => {
    const r = relativeTo(rc, k, infusion.id);
    return cell.value.kind === 'days' && r && at && r.lo === at.lo && r.hi === at.hi;
  });
  const also = same.map((k) => nodeEvidence(c, rc, k, 'same finding, same day'));
  return { ...cell, evidence: [...cell.evidence, ...also] };
}

/** Infusion → the first transplant after it; a plan alone is "not reported", with the plan cited. */
export function transplantAfter(c: Case, rc: ResolvedCase, infusion: Event | null): IntervalCell {
  if (!infusion) return notReported(NO_INFUSION);
  const tx = eventsOf(c, rc, 'transplant').find((e) => isAfter(rc, e.id, infusion.id));
  if (tx) return fromInfusion(c, rc, infusion, tx.id, 'first transplant after CAR-T');
  const plan = eventsOf(c, rc, 'plan').find(
    (e) => e.planned === 'transplant' && isAfter(rc, e.id, infusion.id),
  );
  return plan
    ? notReported('A transplant is planned, not reported as done.', [
        nodeEvidence(c, rc, plan.id, 'plan'),
      ])
    : notReported();
}
