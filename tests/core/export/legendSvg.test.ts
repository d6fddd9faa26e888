// @vitest-environment jsdom
// The export's legend and footer as element trees, written out through the export's DOM serialiser
// and parsed back as SVG: each entry has its glyph (the
// chart's shape, fill and tone) and its label, hatches resolve inside the block, labels wrap
// instead of being cut, and data text stays text.
import { describe, expect, it } from 'vitest';
import {
  footerSvg,
  legendSvg,
  exportPalette,
  el,
  type ExportLegendEntry,
  type SvgNode,
  type GlyphKit,
} from '../../../src/core/export/index.ts';
import { legendFor } from '../../../src/core/glyphs/index.ts';
import type { Glyph } from '../../../src/core/layout/types.ts';
import { shapePath, textInside, textWidth } from '../../../src/scene/index.ts';
import { svgFileText } from '../../../src/views/Export/svgDom.ts';

const kit: GlyphKit = { shapePath, textInside, textWidth };
const palette = exportPalette('light');

const glyph = (g: Partial<Glyph> & Pick<Glyph, 'legendKey'>): Glyph => ({
  shape: 'circle',
  fill: 'solid',
  text: '',
  tone: 'other',
  ...g,
});

/** Entries as the page's legend lists them (core legendFor), plus two conventions. */
const entries: ExportLegendEntry[] = [
  ...legendFor([
    glyph({ shape: 'square', fill: 'hollow', tone: 'disease', legendKey: 'diagnosis' }),
    glyph({
      shape: 'circle',
      fill: 'solid',
      text: '3',
      tone: 'tox-crs',
      legendKey: 'tox-crs-graded',
    }),
    glyph({
      shape: 'diamond',
      fill: 'hatched',
      text: 'NR',
      tone: 'tox-icans',
      legendKey: 'tox-icans-nr',
    }),
    glyph({ shape: 'star', fill: 'solid', tone: 'car-t', legendKey: 'car-t' }),
  ]).map((e) => ({ key: e.key, label: e.label, glyph: e.glyph })),
  { key: 'uncertain', label: 'Uncertain time' },
  { key: 'order', label: 'Order only' },
];

/** The block in an <svg>, serialised as an export is and parsed back, as a file reader would. */
function parse(node: SvgNode | null): Document {
  const doc = new DOMParser().parseFromString(svgFileText(el('svg', {}, node)), 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc;
}

const row = (doc: Document, key: string) => doc.querySelector(`[data-legend-key="${key}"]`)!;
const label = (el: Element) =>
  [...el.querySelectorAll(':scope > text')].map((t) => t.textContent).join(' ');

describe('legendSvg', () => {
  it("draws one row per entry, in order, each with its label and the chart's glyph shape", () => {
    const { node } = legendSvg({ entries, width: 1200, palette, kit });
    const doc = parse(node);
    const rows = [...doc.querySelectorAll('[data-legend-key]')];
    expect(rows.map((r) => r.getAttribute('data-legend-key'))).toEqual([
      'diagnosis',
      'car-t',
      'tox-crs-graded',
      'tox-icans-nr',
      'uncertain',
      'order',
    ]);
    expect(rows.map(label)).toEqual(entries.map((e) => e.label));
    expect(doc.querySelector('[data-role="legend"] > text')!.textContent).toBe('Legend');
    for (const e of entries.filter((x) => x.glyph)) {
      const icon = row(doc, e.key).querySelector('[data-legend-icon="glyph"] path')!;
      expect(icon.getAttribute('d')).toBe(shapePath(e.glyph!.shape, 8));
    }
    for (const k of ['uncertain', 'order'])
      expect(
        row(doc, k).querySelector('[data-legend-icon="convention"]')!.children.length,
      ).toBeGreaterThan(0);
  });

  it('fills solid, hollow and hatched glyphs as the chart does, in the palette colours', () => {
    const doc = parse(legendSvg({ entries, width: 1200, palette, kit }).node);
    const shape = (k: string) => row(doc, k).querySelector('[data-legend-icon] path')!;
    expect(shape('tox-crs-graded').getAttribute('fill')).toBe(palette.tones['tox-crs']);
    expect(shape('tox-crs-graded').getAttribute('stroke')).toBe(palette.tones['tox-crs']);
    expect(shape('diagnosis').getAttribute('fill')).toBe(palette.background);
    expect(shape('diagnosis').getAttribute('stroke')).toBe(palette.tones.disease);
    // The grade sits inside the solid glyph, in the on-tone colour; "NR" inside the hatched one.
    const grade = row(doc, 'tox-crs-graded').querySelector('[data-legend-icon] text')!;
    expect([grade.textContent, grade.getAttribute('fill')]).toEqual(['3', palette.onTone]);
    expect(row(doc, 'tox-icans-nr').querySelector('[data-legend-icon] text')!.textContent).toBe(
      'NR',
    );
    // Every url(#…) points at a pattern the block itself defines.
    const ids = new Set([...doc.querySelectorAll('pattern')].map((p) => p.id));
    const refs = [...doc.querySelectorAll('[fill^="url(#"]')].map(
      (e) => /url\(#(.*)\)/.exec(e.getAttribute('fill')!)![1]!,
    );
    expect(refs.length).toBe(2);
    for (const r of refs) expect(ids.has(r)).toBe(true);
    expect(ids.has('legend-hatch-tox-icans')).toBe(true);
  });

  it('uses as many columns as fit, and grows taller when the width holds fewer', () => {
    const wide = legendSvg({ entries, width: 1200, palette, kit });
    const narrow = legendSvg({ entries, width: 300, palette, kit });
    const xs = (node: SvgNode | null) =>
      new Set(
        [...parse(node).querySelectorAll('[data-legend-key]')].map(
          (r) => /translate\(([\d.]+),/.exec(r.getAttribute('transform')!)![1],
        ),
      );
    expect(xs(wide.node).size).toBeGreaterThan(1);
    expect(xs(narrow.node).size).toBe(1);
    expect(narrow.height).toBeGreaterThan(wide.height);
  });

  it('wraps a long label onto more lines instead of cutting it', () => {
    const long = 'Measles, mumps and rubella vaccination given again after transplant';
    const doc = parse(
      legendSvg({
        entries: [{ key: 'other', label: long, glyph: entries[0]!.glyph }],
        width: 200,
        palette,
        kit,
      }).node,
    );
    const lines = [...row(doc, 'other').querySelectorAll(':scope > text')].map(
      (t) => t.textContent,
    );
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(long);
    expect(lines.join('')).not.toContain('…');
  });

  it('keeps text as text (escaped) and draws nothing for no entries', () => {
    const { node } = legendSvg({
      entries: [{ key: 'x', label: '</text><script>alert(1)</script> & more' }],
      width: 600,
      palette,
      kit,
    });
    const doc = parse(node);
    expect(doc.querySelector('script')).toBeNull();
    expect(label(row(doc, 'x'))).toBe('</text><script>alert(1)</script> & more');
    expect(legendSvg({ entries: [], width: 600, palette, kit })).toEqual({ node: null, height: 0 });
  });
});

describe('footerSvg', () => {
  it('writes each citation line, wrapped to the width, in the given colour', () => {
    const cite =
      'Source: Huanhuan Zhou et al., Frontiers in Immunology 2024;15. doi:10.3389/fimmu.2024.1519055';
    const { node, height } = footerSvg({
      lines: [cite, 'A note.'],
      width: 300,
      color: '#123456',
    });
    const g = parse(node).querySelector('[data-role="citations"]')!;
    const lines = [...g.querySelectorAll('text')].map((t) => t.textContent);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe(`${cite} A note.`);
    expect(g.getAttribute('fill')).toBe('#123456');
    expect(height).toBe(lines.length * 15);
  });
});
