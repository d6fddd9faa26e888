import { describe, expect, it } from 'vitest';
import { caseSummary, keyOutcome } from '../../../src/core/summary/caseSummary.ts';
import { derived, ev, makeCase, orderOnly, stated } from './fixtures.ts';

describe('keyOutcome(case, resolved)', () => {
  it('takes the latest response or follow-up in resolved order, not file order', () => {
    const c = makeCase([ev.followUp('fu'), ev.response('cr')]);
    expect(keyOutcome(c, orderOnly(['cr', 'fu']))?.eventId).toBe('fu');
    expect(keyOutcome(c, orderOnly(['fu', 'cr']))?.eventId).toBe('cr');
  });

  it('prefers a death wherever an order-only death was placed', () => {
    const c = makeCase([ev.death('d'), ev.followUp('fu')]);
    expect(keyOutcome(c, orderOnly(['d', 'fu']))?.kind).toBe('death');
  });

  it('never takes a plan, even the last event', () => {
    const c = makeCase([ev.response('cr'), ev.plan('next')]);
    expect(keyOutcome(c, orderOnly(['cr', 'next']))?.eventId).toBe('cr');
  });

  it('marks a derived outcome and keeps the reason', () => {
    const c = makeCase([ev.death('d', derived('Only the title suggests it.'))]);
    expect(keyOutcome(c, orderOnly(['d']))).toEqual({
      eventId: 'd',
      kind: 'death',
      label: 'death d',
      derived: true,
      reason: 'Only the title suggests it.',
    });
  });

  it('returns null when no outcome event exists', () => {
    expect(
      keyOutcome(makeCase([ev.infusion('i'), ev.plan('p')]), orderOnly(['i', 'p'])),
    ).toBeNull();
  });

  it('keeps events the resolver did not place, after the placed ones', () => {
    const c = makeCase([ev.response('unplaced'), ev.response('placed')]);
    expect(keyOutcome(c, orderOnly(['placed']))?.eventId).toBe('unplaced');
  });
});

describe('caseSummary(case, resolved)', () => {
  it('names missing facts instead of guessing them', () => {
    const s = caseSummary(makeCase([]), orderOnly([]));
    expect(s.patient.text).toBe('age and sex not reported');
    expect(s.targets).toEqual([]);
    expect(s.outcome).toBeNull();
    expect(s.disease).toBe('T-ALL');
  });

  it('combines age, sex, disease and targets', () => {
    const c = makeCase([], {
      patient: {
        sex: { value: 'female', provenance: stated },
        age: { years: 61, at: { kind: 'unknown' }, provenance: stated },
        disease: {
          name: 'T-cell acute lymphoblastic leukaemia',
          abbreviation: 'T-ALL',
          provenance: stated,
        },
      },
      products: [{ id: 'p', label: 'CD7 CAR-T', targets: { value: ['CD7'], provenance: stated } }],
    });
    const s = caseSummary(c, orderOnly([]));
    expect(s.patient).toEqual({ text: '61-year-old woman', derived: [] });
    expect(s.disease).toBe('T-cell acute lymphoblastic leukaemia (T-ALL)');
    expect(s.targets).toEqual([{ target: 'CD7', derived: false }]);
  });
});
