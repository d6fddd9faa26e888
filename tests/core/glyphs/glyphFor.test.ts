import { describe, expect, it } from 'vitest';
import { glyphFor } from '../../../src/core/glyphs/index.ts';
import type { Event, Point, Series } from '../../../src/core/format/index.ts';
import { makeCase, stated } from '../../fixtures/makeCase.ts';
import { eventOf, shipped } from './shipped.ts';

const toxicity = (over: Partial<Extract<Event, { kind: 'toxicity' }>>): Event => ({
  id: 't',
  kind: 'toxicity',
  label: 't',
  toxicity: 'CRS',
  occurred: true,
  time: { kind: 'unknown' },
  provenance: stated,
  ...over,
});

const empty = makeCase([]);
const glyphOf = (e: Event) => glyphFor(empty, { event: e });

describe('glyphFor on the shipped cases', () => {
  it('Marina CRS without a grade is a hatched circle reading "NR"', () => {
    const { c } = shipped('000-marina.json');
    expect(glyphFor(c, { event: eventOf(c, 'crs') })).toEqual({
      shape: 'circle',
      fill: 'hatched',
      text: 'NR',
      tone: 'tox-crs',
      legendKey: 'tox-crs-nr',
    });
  });

  it('Marina mild skin GVHD without a grade is a hatched square reading "NR"', () => {
    const { c } = shipped('000-marina.json');
    const g = glyphFor(c, { event: eventOf(c, 'skin-gvhd') });
    expect([g.shape, g.fill, g.text]).toEqual(['square', 'hatched', 'NR']);
  });

  it('Zhou CRS grade 1 on an unnamed scale keeps its number in a solid circle', () => {
    const { c } = shipped('003-zhou.json');
    const g = glyphFor(c, { event: eventOf(c, 'crs') });
    expect([g.shape, g.fill, g.text, g.legendKey]).toEqual([
      'circle',
      'solid',
      '1',
      'tox-crs-graded',
    ]);
  });

  it('Zhou "no ICANS" is a hollow diamond with a dash, keyed as not observed', () => {
    const { c } = shipped('003-zhou.json');
    const g = glyphFor(c, { event: eventOf(c, 'icans') });
    expect([g.shape, g.fill, g.text, g.legendKey]).toEqual([
      'diamond',
      'hollow',
      '–',
      'tox-icans-absent',
    ]);
  });

  it('Pan case 1 CRS reads "3"; its unconfirmed death is a hollow cross', () => {
    const { c } = shipped('002a-pan-case-1.json');
    expect(glyphFor(c, { event: eventOf(c, 'crs') }).text).toBe('3');
    const death = glyphFor(c, { event: eventOf(c, 'death-unconfirmed') });
    expect([death.shape, death.fill, death.legendKey]).toEqual([
      'cross',
      'hollow',
      'death-derived',
    ]);
  });

  it('Zhou CAR copy peak is a solid circle in the kinetics tone', () => {
    const { c } = shipped('003-zhou.json');
    const series = c.measurements.find((s) => s.id === 'car-copies')!;
    expect(glyphFor(c, { series, point: series.points[0]! })).toMatchObject({
      shape: 'circle',
      fill: 'solid',
      tone: 'kinetics',
      legendKey: 'kinetics-value',
    });
  });

  it('Marina undetectable MRD on day 13 is a hollow downward triangle, not a value', () => {
    const { c } = shipped('000-marina.json');
    const series = c.measurements.find((s) => s.id === 'mrd-bm')!;
    expect(glyphFor(c, { series, point: series.points[1]! })).toMatchObject({
      shape: 'triangle-down',
      fill: 'hollow',
      tone: 'mrd',
      legendKey: 'mrd-censored',
    });
  });
});

describe('glyphFor toxicities', () => {
  it('gives each toxicity type its own shape, so type never rests on colour', () => {
    const types = ['CRS', 'ICANS', 'GVHD', 'infection', 'TA-TMA', 'organ', 'other'] as const;
    const shapes = types.map(
      (t) => glyphOf(toxicity({ toxicity: t, grade: { scale: 'CTCAE', value: 2 } })).shape,
    );
    expect(new Set(shapes).size).toBe(types.length);
  });

  it('sets "grade not reported" apart from every grade by fill and text', () => {
    const nr = glyphOf(toxicity({ grade: 'not-reported' }));
    for (const value of [1, 2, 3, 4, 5]) {
      const g = glyphOf(toxicity({ grade: { scale: 'ASTCT', value } }));
      expect(g.text).toBe(String(value));
      expect(g.fill).toBe('solid');
      expect([nr.fill, nr.text]).not.toEqual([g.fill, g.text]);
    }
  });

  it('treats an occurred toxicity with no grade field as not reported', () => {
    expect(glyphOf(toxicity({})).legendKey).toBe('tox-crs-nr');
  });

  it('draws a toxicity that did not occur hollow, whatever grade field it carries', () => {
    const g = glyphOf(toxicity({ occurred: false, toxicity: 'GVHD' }));
    expect([g.fill, g.text, g.legendKey]).toEqual(['hollow', '–', 'tox-gvhd-absent']);
  });
});

describe('glyphFor other events', () => {
  const base = { id: 'e', label: 'e', time: { kind: 'unknown' }, provenance: stated } as const;

  it('draws a plan hollow in the plan tone, with the shape of what is planned', () => {
    const g = glyphOf({ ...base, kind: 'plan', planned: 'transplant' });
    expect(g).toEqual({
      shape: 'diamond',
      fill: 'hollow',
      text: '',
      tone: 'plan',
      legendKey: 'plan-transplant',
    });
  });

  it('draws progression with the relapse glyph and remission as a solid circle', () => {
    expect(glyphOf({ ...base, kind: 'response', assessment: 'progression' }).shape).toBe(
      'triangle-down',
    );
    expect(glyphOf({ ...base, kind: 'response', assessment: 'CR' })).toMatchObject({
      shape: 'circle',
      fill: 'solid',
    });
  });

  it('returns a fresh glyph each time, so a caller cannot change another mark', () => {
    const e: Event = { ...base, kind: 'response', assessment: 'CR' };
    expect(glyphOf(e)).not.toBe(glyphOf(e));
  });

  it('marks an approximate value with "≈"', () => {
    const series: Series = {
      id: 's',
      quantity: 'ferritin',
      label: 'Ferritin',
      unit: 'ng/mL',
      provenance: stated,
      points: [],
    };
    const point: Point = {
      time: { kind: 'unknown' },
      value: 3,
      qualifier: 'approximate',
      provenance: stated,
    };
    expect(glyphFor(empty, { series, point })).toMatchObject({ text: '≈', tone: 'lab' });
  });
});
