import { describe, expect, it } from 'vitest';
import { syntheticCaseOfSize } from '../../bench/synthetic/generateCase.ts';
import { resolveCase } from '../../src/core/time/resolve.ts';
import { sceneAt, slotsInWindow, slotsWithKeys, type MarkSlot } from '../../src/scene/index.ts';
import { caseBase } from '../views/timeline/caseScene.ts';

// The scan sceneAt made before: every slot, each mark's extent read from its fields.
function scan(slots: readonly MarkSlot[], [u0, u1]: readonly [number, number]) {
  return slots.filter(({ mark: m }) => {
    const lo = Math.min(m.u.lo, m.u.at);
    const hi = Math.max(m.u.hi, m.u.end ?? m.u.at, m.u.at);
    return hi >= u0 && lo <= u1;
  });
}

// A seeded shuffle, so a key set's order differs from the slots' (mulberry32).
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let a = seed >>> 0;
  const rand = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe.each(['S', 'M'] as const)('the slots in view of the synthetic %s case', (size) => {
  const c = syntheticCaseOfSize(size);
  const { layout, base } = caseBase(c, resolveCase(c));
  const uMax = layout.axis.uMax;
  const windows: Array<[number, number]> = [
    [0, uMax],
    [uMax * 0.2, uMax * 0.35],
    [uMax * 0.5, uMax * 0.5],
    [uMax * 0.9, uMax * 0.9001],
    [-5, -1],
    [uMax + 1, uMax + 5],
  ];

  it.each(windows)(
    'slotsInWindow over [%f, %f] keeps exactly the slots the scan keeps, in order',
    (a, b) => {
      expect(slotsInWindow(base.slots, [a, b])).toEqual(scan(base.slots, [a, b]));
    },
  );

  it('slotsWithKeys returns the slots of the keys in slot order, whatever the set order, ignoring unknown keys', () => {
    const inView = scan(base.slots, [uMax * 0.3, uMax * 0.6]);
    expect(inView.length).toBeGreaterThan(10);
    const keys = new Set([
      ...shuffled(
        inView.map((s) => s.mark.key),
        7,
      ),
      'no-such-mark',
    ]);
    expect(slotsWithKeys(base.slots, keys)).toEqual(inView);
    expect(slotsWithKeys(base.slots, new Set())).toEqual([]);
  });

  it('sceneAt places the same marks with a key set as with the window alone', () => {
    const w: [number, number] = [uMax * 0.4, uMax * 0.55];
    const byWindow = sceneAt(base, { window: w, labels: false });
    const keys = new Set(byWindow.marks.map((m) => m.key));
    const byKeys = sceneAt(base, { window: w, visible: keys, labels: false });
    expect(byKeys.marks).toEqual(byWindow.marks);
    expect(byWindow.marks.map((m) => m.key)).toEqual(scan(base.slots, w).map((s) => s.mark.key));
  });
});
