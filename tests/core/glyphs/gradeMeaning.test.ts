import { describe, expect, it } from 'vitest';
import { gradeMeaning } from '../../../src/core/glyphs/index.ts';
import type { Event, Grade } from '../../../src/core/format/index.ts';
import { stated } from '../../fixtures/makeCase.ts';
import { eventOf, shipped } from './shipped.ts';

type Toxicity = Extract<Event, { kind: 'toxicity' }>;

const tox = (over: Partial<Toxicity>): Toxicity => ({
  id: 't',
  kind: 'toxicity',
  label: 't',
  toxicity: 'CRS',
  occurred: true,
  time: { kind: 'unknown' },
  provenance: stated,
  ...over,
});
const graded = (toxicity: Toxicity['toxicity'], scale: Grade['scale'], value: number) =>
  gradeMeaning(tox({ toxicity, grade: { scale, value } }));

describe('gradeMeaning', () => {
  it('says a toxicity the source rules out did not occur (Zhou, no ICANS)', () => {
    const { c } = shipped('003-zhou.json');
    expect(gradeMeaning(eventOf(c, 'icans') as Toxicity)).toBe(
      'The source reports that this did not occur.',
    );
  });

  it('gives no meaning to a missing grade (Marina CRS)', () => {
    const { c } = shipped('000-marina.json');
    expect(gradeMeaning(eventOf(c, 'crs') as Toxicity)).toBe(
      'The source reports this toxicity without a grade.',
    );
  });

  it('adds the severity word the source uses when it gives no grade (Marina skin GVHD)', () => {
    const { c } = shipped('000-marina.json');
    expect(gradeMeaning(eventOf(c, 'skin-gvhd') as Toxicity)).toBe(
      'The source reports this toxicity without a grade. It describes it as “mild”.',
    );
  });

  it('explains an unnamed scale only conditionally (Zhou CRS 1)', () => {
    const { c } = shipped('003-zhou.json');
    const text = gradeMeaning(eventOf(c, 'crs') as Toxicity);
    expect(text).toMatch(/^The source prints grade 1 without naming the grading scale\. /);
    expect(text).toContain('If the ASTCT consensus scale was used, grade 1 means: fever of 38 °C');
  });

  it('reads Pan case 1 CRS 3 as one vasopressor and/or high-flow oxygen, if ASTCT', () => {
    const { c } = shipped('002a-pan-case-1.json');
    const text = gradeMeaning(eventOf(c, 'crs') as Toxicity);
    expect(text).toContain('If the ASTCT consensus scale was used, grade 3 means:');
    expect(text).toContain('one vasopressor');
    expect(text).toContain('high-flow oxygen');
  });

  it.each([
    [1, 'neither low blood pressure nor low oxygen'],
    [2, 'needs no vasopressor'],
    [3, 'needs one vasopressor'],
    [4, 'several vasopressors'],
  ])('states ASTCT CRS grade %i: %s', (n, words) => {
    expect(graded('CRS', 'ASTCT', n)).toMatch(
      new RegExp(`^Grade ${n} on the ASTCT consensus scale: .*${words}`),
    );
  });

  it.each([
    [1, 'ICE score 7–9'],
    [2, 'ICE score 3–6'],
    [3, 'ICE score 0–2'],
    [4, 'cannot be woken'],
  ])('states ASTCT ICANS grade %i by its ICE band: %s', (n, words) => {
    expect(graded('ICANS', 'ASTCT', n)).toContain(words);
  });

  it('reads GVHD on MAGIC, Glucksberg and NIH, and an unnamed GVHD scale as MAGIC at most', () => {
    expect(graded('GVHD', 'MAGIC', 4)).toContain('stage 4');
    expect(graded('GVHD', 'Glucksberg', 1)).toContain('no liver or gut involvement');
    expect(graded('GVHD', 'NIH', 2)).toContain('mild, moderate or severe');
    expect(graded('GVHD', 'unstated', 2)).toContain('If the MAGIC criteria were used');
  });

  it('reads other toxicities on CTCAE, where grade 5 is death', () => {
    expect(graded('infection', 'CTCAE', 5)).toBe(
      'Grade 5 on CTCAE: death related to the adverse event.',
    );
    expect(graded('organ', 'unstated', 3)).toContain('If CTCAE was used, grade 3 means: severe');
  });

  it('never invents a meaning for a grade a scale does not define', () => {
    expect(graded('CRS', 'ASTCT', 5)).toBe(
      'Grade 5 on the ASTCT consensus scale, which defines no such grade for this toxicity.',
    );
    expect(graded('infection', 'ASTCT', 2)).toContain('defines no such grade');
    expect(graded('CRS', 'other', 2)).toBe(
      'The source gives grade 2 on a scale not listed here; see the source for its meaning.',
    );
    expect(graded('CRS', 'unstated', 7)).toContain('outside the range');
  });
});
