import { describe, expect, it } from 'vitest';
import { PALETTE, THEME_BACKGROUND } from '../../../src/core/glyphs/index.ts';
import { everyGlyph } from './everyGlyph.ts';

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2 contrast ratio between two colours (1 to 21). */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('PALETTE', () => {
  const tones = [...new Set(everyGlyph().map((g) => g.tone))];

  it('has colours for every tone glyphFor can emit', () => {
    expect(tones.length).toBeGreaterThan(15);
    expect(tones.filter((t) => !(t in PALETTE))).toEqual([]);
  });

  it('has the chart tokens the views draw with', () => {
    for (const t of [
      'axis',
      'grid',
      'text',
      'muted',
      'band-order',
      'band-break',
      'plan',
      'window',
    ]) {
      expect(PALETTE).toHaveProperty([t]);
    }
  });

  it('writes every colour as #rrggbb, so it works in SVG export and in CSS', () => {
    const all = Object.values(PALETTE).flatMap((s) => [s.light, s.dark, s.contrast]);
    expect(all.filter((c) => !/^#[0-9a-f]{6}$/i.test(c))).toEqual([]);
  });

  it.each(['light', 'dark'] as const)(
    '%s glyph tones reach 3:1 against the background',
    (theme) => {
      const low = tones.filter((t) => contrast(PALETTE[t]![theme], THEME_BACKGROUND[theme]) < 3);
      expect(low).toEqual([]);
    },
  );

  it('high-contrast glyph tones, text, axis and muted reach 7:1 against black', () => {
    const checked = [...tones, 'text', 'axis', 'muted', 'window'];
    const low = checked.filter(
      (t) => contrast(PALETTE[t]!.contrast, THEME_BACKGROUND.contrast) < 7,
    );
    expect(low).toEqual([]);
  });

  it('light text and muted text reach 4.5:1 against white, as body text must', () => {
    expect(contrast(PALETTE.text!.light, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(PALETTE.muted!.light, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('computes WCAG contrast as published: black on white is 21:1, the Okabe–Ito blue 5.2:1', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#0072B2', '#ffffff')).toBeCloseTo(5.19, 2);
  });
});
