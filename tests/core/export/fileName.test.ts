import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../src/core/export/index.ts';

describe('exportFileName', () => {
  it('names the case, the comparison pair or the cohort, with the kind as extension', () => {
    expect(exportFileName('case', ['003-zhou'], { kind: 'svg' })).toBe('caselines-003-zhou.svg');
    expect(exportFileName('compare', ['003-zhou', '000-marina'], { kind: 'html' })).toBe(
      'caselines-compare-003-zhou-000-marina.html',
    );
    expect(exportFileName('cohort', ['a', 'b'], { kind: 'svg' })).toBe('caselines-cohort.svg');
  });

  it('PNG at 1× has no suffix; 2× and 4× say their scale', () => {
    expect(exportFileName('case', ['003-zhou'], { kind: 'png', scale: 1 })).toBe(
      'caselines-003-zhou.png',
    );
    expect(exportFileName('case', ['003-zhou'], { kind: 'png', scale: 4 })).toBe(
      'caselines-003-zhou@4x.png',
    );
  });

  it("ids from a reader's own file cannot add paths or odd characters", () => {
    expect(exportFileName('case', ['own:../../etc/Passwd <x>'], { kind: 'svg' })).toBe(
      'caselines-own-etc-passwd-x.svg',
    );
    expect(exportFileName('case', ['own:'.padEnd(200, 'a')], { kind: 'svg' }).length).toBeLessThan(
      80,
    );
  });
});
