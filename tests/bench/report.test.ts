import { describe, expect, it } from 'vitest';
import type { Visit } from '../../scripts/bench-measure.ts';
import { floorMedians, formatTable, medians, type Row } from '../../scripts/bench-report.ts';

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

  it('prints the floor beside the two times it has', () => {
    const rows = [row('M', visit(16, { drawnMs: 300 }), visit(100, { drawnMs: 600 }), 90)];
    const text = formatTable(rows);
    const drawn = text.split('\n').find((l) => l.startsWith('M') && l.includes('drawn ms'));
    expect(drawn?.trim().split(/\s{2,}/)).toEqual(['M', 'drawn ms', '300', '600', '0.50', '90.0']);
    const p95 = text.split('\n').find((l) => l.includes('zoom p95 ms'));
    expect(p95?.trim().split(/\s{2,}/)).toEqual(['M', 'zoom p95 ms', '16.0', '100', '0.16']);
  });
});
