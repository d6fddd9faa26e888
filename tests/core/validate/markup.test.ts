// The markup warning: tags and script links in text are flagged; ordinary clinical text is not.

import { describe, expect, it } from 'vitest';
import { checkMutation, type Loose } from './helpers.ts';

const warningsFor = (summary: string) =>
  checkMutation((c: Loose) => {
    c.summary = summary;
  }).problems.map((p) => `${p.severity} ${p.code} ${p.path}`);

describe('markup-in-text', () => {
  it('warns on tags, comments and script links, in any case, without stopping the load', () => {
    for (const s of [
      '<b>bold</b>',
      'Text <IMG src=x onerror=alert(1)>',
      '<script>alert(1)</script>',
      'see <a href="x">here</a>',
      '<!-- hidden -->',
      'JavaScript:alert(1)',
      'vbscript :msgbox',
    ])
      expect(warningsFor(s), s).toEqual(['warning markup-in-text summary']);
    const r = checkMutation((c: Loose) => {
      c.summary = '<b>x</b>';
    });
    expect(r.case?.summary).toBe('<b>x</b>');
  });

  it('leaves comparisons, arrows and plain words alone', () => {
    for (const s of [
      'MRD <0.01% after day 28, then >5% at relapse',
      'CD4 < CD8 and 3 > 2',
      'a gap of < 1 year > expected',
      'blast count <5 % (bone marrow)',
      'CAR-T → CR; a Java script was not involved',
    ])
      expect(warningsFor(s), s).toEqual([]);
  });
});
