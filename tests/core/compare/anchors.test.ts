import { describe, expect, it } from 'vitest';
import { caseAnchor, findAnchor } from '../../../src/core/compare/index.ts';
import { resolveCase } from '../../../src/core/time/index.ts';
import { index, loadCase } from '../../data/library.ts';
import { caseWith } from '../time/caseBuilder.ts';

const real = (id: string) => {
  const c = loadCase(id);
  return { c, rc: resolveCase(c) };
};
const ids = (key: string) => index.cases.find((e) => e.id.includes(key))!.id;

describe('findAnchor(c, rc, kind) on the curated cases', () => {
  it('takes the first CAR-T infusion: Kong has two and aligns on the first', () => {
    const { c, rc } = real(ids('kong'));
    expect(findAnchor(c, rc, 'cart')).toBe('cart-1');
  });

  it('takes the relapse before the first infusion, in sequence order, even when order-only', () => {
    const zhou = real(ids('zhou'));
    expect(findAnchor(zhou.c, zhou.rc, 'relapse')).toBe('relapse');
    const marina = real(ids('marina'));
    expect(findAnchor(marina.c, marina.rc, 'relapse')).toBe('mrd-relapse');
    // Kong's relapse comes after her first infusion: it is not "the relapse before CAR-T".
    const kong = real(ids('kong'));
    expect(findAnchor(kong.c, kong.rc, 'relapse')).toBeNull();
  });

  it('finds the first transplant wherever it falls (Pan: after the infusion)', () => {
    const pan = real(ids('pan-case-1'));
    expect(findAnchor(pan.c, pan.rc, 'transplant')).toBe('hsct');
    const sun = real(ids('grandma-sun'));
    expect(findAnchor(sun.c, sun.rc, 'transplant')).toBeNull();
  });
});

describe('caseAnchor(c, rc, kind)', () => {
  it('falls back to the first infusion, and says so, when the kind is missing', () => {
    const sun = real(ids('grandma-sun'));
    expect(caseAnchor(sun.c, sun.rc, 'transplant')).toEqual({
      id: 'cart',
      kind: 'cart',
      fallback: true,
    });
    expect(caseAnchor(sun.c, sun.rc, 'diagnosis')).toEqual({
      id: 'dx',
      kind: 'diagnosis',
      fallback: false,
    });
  });

  it('never anchors on a plan, and gives null for a case with no anchor event at all', () => {
    const c = caseWith([
      {
        id: 'plan',
        kind: 'plan',
        planned: 'car-t-infusion',
        time: { kind: 'date', date: '2024-01-01' },
      },
      { id: 'x', time: { kind: 'date', date: '2024-02-01' } },
    ]);
    const rc = resolveCase(c);
    expect(findAnchor(c, rc, 'cart')).toBeNull();
    expect(caseAnchor(c, rc, 'relapse')).toEqual({ id: null, kind: 'cart', fallback: true });
  });
});
