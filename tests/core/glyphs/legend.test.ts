import { describe, expect, it } from 'vitest';
import { glyphFor, legendFor } from '../../../src/core/glyphs/index.ts';
import type { Glyph } from '../../../src/core/layout/types.ts';
import { everyGlyph } from './everyGlyph.ts';
import { shipped } from './shipped.ts';

const keysOf = (glyphs: Glyph[]) => legendFor(glyphs).map((e) => e.key);

describe('legendFor', () => {
  it('gives one entry per legend key, however many marks share it', () => {
    const g: Glyph = {
      shape: 'circle',
      fill: 'solid',
      text: '1',
      tone: 'tox-crs',
      legendKey: 'tox-crs-graded',
    };
    const entries = legendFor([g, { ...g, text: '3' }, g]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      key: 'tox-crs-graded',
      label: 'CRS, grade shown in the mark',
    });
  });

  it('orders entries by lane, then severity, whatever order the marks come in', () => {
    const all = everyGlyph();
    const forward = keysOf(all);
    expect(keysOf([...all].reverse())).toEqual(forward);
    expect(forward.indexOf('diagnosis')).toBeLessThan(forward.indexOf('car-t'));
    expect(forward.indexOf('car-t')).toBeLessThan(forward.indexOf('tox-crs-graded'));
    expect(forward.indexOf('tox-crs-graded')).toBeLessThan(forward.indexOf('tox-crs-nr'));
    expect(forward.indexOf('tox-crs-nr')).toBeLessThan(forward.indexOf('tox-crs-absent'));
    expect(forward.indexOf('tox-crs-absent')).toBeLessThan(forward.indexOf('tox-icans-graded'));
    expect(forward.indexOf('kinetics-value')).toBeLessThan(forward.indexOf('death'));
  });

  it('has a label and a one-sentence description for every glyph it can be given', () => {
    for (const e of legendFor(everyGlyph())) {
      expect(e.label).not.toBe(e.key);
      expect(e.description).toMatch(/^[A-Z][^]*\.$/);
      expect(e.description.split('. ')).toHaveLength(1);
    }
  });

  it('keeps a key it does not know, after the known ones, named by its key', () => {
    const odd: Glyph = {
      shape: 'star',
      fill: 'solid',
      text: '',
      tone: 'other',
      legendKey: 'x-new',
    };
    const entries = legendFor([odd, everyGlyph()[0]!]);
    expect(entries.map((e) => e.key)).toEqual(['diagnosis', 'x-new']);
    expect(entries[1]).toMatchObject({ label: 'x-new', description: '' });
  });

  it('tells apart, for Zhou, graded CRS and ICANS not observed', () => {
    const { c } = shipped('003-zhou.json');
    const entries = legendFor(c.events.map((event) => glyphFor(c, { event })));
    const crs = entries.find((e) => e.key === 'tox-crs-graded')!;
    const icans = entries.find((e) => e.key === 'tox-icans-absent')!;
    expect(crs.glyph.text).toBe('1');
    expect(icans.label).toBe('ICANS, not observed');
  });

  it('lists for Pan case 1 every toxicity without a grade as "grade not reported"', () => {
    const { c } = shipped('002a-pan-case-1.json');
    const labels = legendFor(c.events.map((event) => glyphFor(c, { event }))).map((e) => e.label);
    expect(labels).toEqual(
      expect.arrayContaining([
        'CRS, grade shown in the mark',
        'Infection, grade not reported',
        'Organ toxicity, grade not reported',
        'GVHD, grade not reported',
        'TA-TMA, grade not reported',
        'Death, not stated',
      ]),
    );
  });
});
