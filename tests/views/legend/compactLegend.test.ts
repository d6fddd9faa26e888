// A slide's compact legend keeps what fits in its rows, toxicities first, and counts the rest.
import { describe, expect, it } from 'vitest';
import { compactLegend, moreText } from '../../../src/views/Legend/compactLegend.ts';
import { textWidth } from '../../../src/scene/index.ts';

const entries = [
  { key: 'diagnosis', label: 'Diagnosis' },
  { key: 'relapse', label: 'Relapse' },
  { key: 'chemotherapy', label: 'Chemotherapy' },
  { key: 'car-t', label: 'CAR-T infusion' },
  { key: 'tox-crs-graded', label: 'CRS, grade shown in the mark' },
  { key: 'tox-icans-absent', label: 'ICANS, not observed' },
  { key: 'response', label: 'Response' },
  { key: 'window', label: 'Known only by bounds', convention: true },
];

/** Width of one row of these entries as the slide draws them (3.55em each beside its label). */
const rowWidth = (keys: Iterable<string>, font: number, more = 0) => {
  const kept = entries.filter((e) => [...keys].includes(e.key));
  const items = kept.map((e) => 3.55 * font + textWidth(e.label, font, true));
  if (more) items.push(0.3 * font + textWidth(moreText(more), font));
  return items.reduce((a, b) => a + b, 0) + 0.9 * font * (items.length - 1) + 0.8 * font;
};

describe('compactLegend', () => {
  it('keeps every entry when they all fit', () => {
    const fit = compactLegend(entries, 4000, 12, 1);
    expect(fit.more).toBe(0);
    expect(fit.keep.size).toBe(entries.length);
  });

  it('in one narrow row keeps the toxicities first, then the infusion, and counts the rest', () => {
    const fit = compactLegend(entries, 820, 12, 1);
    expect(fit.more).toBe(entries.length - fit.keep.size);
    expect(fit.more).toBeGreaterThan(0);
    expect(fit.keep.has('tox-crs-graded') && fit.keep.has('tox-icans-absent')).toBe(true);
    expect(fit.keep.has('car-t')).toBe(true);
    // Conventions come last: a glyph the room must decode matters more than a bracket.
    expect(fit.keep.has('window')).toBe(false);
    expect(rowWidth(fit.keep, 12, fit.more)).toBeLessThanOrEqual(820);
  });

  it('two rows hold more than one, and scale with the text size', () => {
    const one = compactLegend(entries, 700, 12, 1);
    const two = compactLegend(entries, 700, 12, 2);
    expect(two.keep.size).toBeGreaterThan(one.keep.size);
    // Twice the text in twice the width keeps the same entries.
    expect([...compactLegend(entries, 1400, 24, 1).keep].sort()).toEqual([...one.keep].sort());
  });
});
