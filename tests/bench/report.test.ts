import { describe, expect, it } from 'vitest';
import type { Visit } from '../../scripts/bench-measure.ts';
import {
  checkTargets,
  floorMedians,
  formatTable,
  medians,
  type Row,
} from '../../scripts/bench-report.ts';

/** A visit whose every metric is `base`, with some overridden. */
function visit(base: number, over: Partial<Visit> = {}): Visit {
  return {
    drawnMs: base,
    dataInMs: base,
    zoomCpuPerFrameMs: base,
    zoomP95Ms: base,
    zoomMaxLongTaskMs: base,
    panCpuPerFrameMs: base,
    panP95Ms: base,
    panMaxLongTaskMs: base,
    zoomStepsDone: 40,
    panStepsDone: 30,
    heapMB: base,
    domNodes: base,
    ...over,
  };
}

function row(name: string, app: Visit, peer: Visit, floorDrawn: number | null): Row {
  return {
    name,
    events: name === 'XL' ? 20_000 : 2_000,
    app: medians([app]),
    peer: medians([peer]),
    floor: floorDrawn === null ? null : { drawnMs: floorDrawn, dataInMs: floorDrawn / 2 },
  };
}

describe('benchmark report', () => {
  it('takes medians of the floor visits, not means', () => {
    const f = floorMedians([
      { drawnMs: 90, dataInMs: 40 },
      { drawnMs: 500, dataInMs: 400 },
      { drawnMs: 100, dataInMs: 50 },
    ]);
    expect(f).toEqual({ drawnMs: 100, dataInMs: 50 });
    expect(floorMedians([])).toBeNull();
  });

  it('judges time until drawn against the peer and names the floor beside it', () => {
    const rows = [
      row('M', visit(16, { drawnMs: 300 }), visit(100, { drawnMs: 600 }), 90),
      row('L', visit(16, { drawnMs: 50 }), visit(100, { drawnMs: 1000 }), 40),
    ];
    const [m, l] = checkTargets(rows);
    expect(m).toMatchObject({ measured: '0.50 ×', pass: false });
    expect(m!.floor).toBe('a page that only fetches and parses the file: 0.15 ×, above the target');
    expect(l).toMatchObject({ measured: '0.05 ×', pass: true });
    expect(l!.floor).toBe('a page that only fetches and parses the file: 0.04 ×');
  });

  it('leaves the floor out when the floor page was not measured', () => {
    const [m] = checkTargets([row('M', visit(16), visit(100), null)]);
    expect(m!.floor).toBeUndefined();
  });

  it('prints the floor beside the two times it has, and in the verdict', () => {
    const rows = [row('M', visit(16, { drawnMs: 300 }), visit(100, { drawnMs: 600 }), 90)];
    const text = formatTable(rows, checkTargets(rows));
    const drawn = text.split('\n').find((l) => l.startsWith('M') && l.includes('drawn ms'));
    expect(drawn?.trim().split(/\s{2,}/)).toEqual(['M', 'drawn ms', '300', '600', '0.50', '90.0']);
    const p95 = text.split('\n').find((l) => l.includes('zoom p95 ms'));
    expect(p95?.trim().split(/\s{2,}/)).toEqual(['M', 'zoom p95 ms', '16.0', '100', '0.16']);
    expect(text).toContain(
      'FAIL  M: time until drawn ≤ 0.10 × vis-timeline: 0.50 × (floor: a page that only fetches',
    );
  });
});
