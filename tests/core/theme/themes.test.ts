import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PALETTE, THEME_BACKGROUND } from '../../../src/core/glyphs/index.ts';
import { THEMES, type Theme } from '../../../src/app/theme/theme.ts';
import { everyGlyph } from '../glyphs/everyGlyph.ts';
import { contrast, CVD, deltaE2000, lab, simulate } from './colour.ts';

const styles = join(import.meta.dirname, '../../../src/styles');
const themesCss = readFileSync(join(styles, 'themes.css'), 'utf8');
const baseCss = readFileSync(join(styles, 'base.css'), 'utf8');

/** The declarations of the first block whose selector is exactly `selector`. */
function block(css: string, selector: string): string {
  const open = css.indexOf(`${selector} {`);
  expect(open, selector).toBeGreaterThanOrEqual(0);
  return css.slice(open, css.indexOf('}', open));
}

/** A custom property's value in a block. */
function token(decls: string, name: string): string {
  const m = new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{6})`).exec(decls);
  expect(m, `--${name}`).not.toBeNull();
  return m![1]!;
}

// Tones that share a glyph shape: there only colour (and the lane) tells them apart.
const byShape = new Map<string, Set<string>>();
for (const g of everyGlyph()) byShape.set(g.shape, (byShape.get(g.shape) ?? new Set()).add(g.tone));
const shapePairs = [...byShape].flatMap(([shape, tones]) => {
  const list = [...tones];
  return list.flatMap((a, i) => list.slice(i + 1).map((b) => ({ shape, a, b })));
});
const markTones = [...new Set(everyGlyph().map((g) => g.tone))];
const VISION = [['normal vision', null], ...Object.entries(CVD)] as const;
// ΔE2000 of 7 is well past "just noticeable" (about 2.3): tones that share a shape read as different.
const MIN_DELTA_E = 7;

describe('colour-vision simulation (Machado et al. 2009)', () => {
  it('keeps white white and greys grey (each row of each matrix sums to 1)', () => {
    for (const m of Object.values(CVD)) {
      expect(simulate('#ffffff', m)).toBe('#ffffff');
      expect(simulate('#777777', m)).toBe('#777777');
    }
  });

  it('loses the red–green axis for protanopes and deuteranopes, the blue–yellow one for tritanopes', () => {
    const axes = (m?: (typeof CVD)[keyof typeof CVD]) => {
      const see = (hex: string) => lab(m ? simulate(hex, m) : hex);
      return {
        redGreen: Math.abs(see('#ff0000')[1] - see('#00ff00')[1]),
        blueYellow: Math.abs(see('#0000ff')[2] - see('#ffff00')[2]),
      };
    };
    const normal = axes();
    for (const m of [CVD.protanopia, CVD.deuteranopia]) {
      expect(axes(m).redGreen).toBeLessThan(normal.redGreen / 10);
      expect(axes(m).blueYellow).toBeGreaterThan(normal.blueYellow / 2);
    }
    expect(axes(CVD.tritanopia).blueYellow).toBeLessThan(normal.blueYellow / 4);
    expect(axes(CVD.tritanopia).redGreen).toBeGreaterThan(normal.redGreen / 2);
  });

  it('computes CIEDE2000: black to white is 100, a colour to itself 0', () => {
    expect(deltaE2000('#000000', '#ffffff')).toBeCloseTo(100, 3);
    expect(deltaE2000('#336699', '#336699')).toBe(0);
  });
});

describe.each(THEMES)('the %s theme', (theme: Theme) => {
  it.each(VISION)(
    `keeps tones that share a glyph shape ΔE2000 ≥ ${MIN_DELTA_E} apart for %s`,
    (_name, matrix) => {
      const seen = (tone: string) => {
        const hex = PALETTE[tone]![theme];
        return matrix ? simulate(hex, matrix) : hex;
      };
      const close = shapePairs
        .filter(({ a, b }) => PALETTE[a]![theme] !== PALETTE[b]![theme])
        .map((p) => ({ ...p, dE: Math.round(deltaE2000(seen(p.a), seen(p.b)) * 10) / 10 }))
        .filter((p) => p.dE < MIN_DELTA_E);
      expect(close).toEqual([]);
    },
  );

  it.each(VISION)('keeps every mark tone at 3:1 or more against the background for %s', (_n, m) => {
    const bg = THEME_BACKGROUND[theme];
    const low = markTones.filter(
      (t) => contrast(m ? simulate(PALETTE[t]![theme], m) : PALETTE[t]![theme], bg) < 3,
    );
    expect(low).toEqual([]);
  });

  it('keeps page text, muted text and links at 4.5:1 on the page and on surfaces', () => {
    const page =
      theme === 'light' ? block(baseCss, ':root') : block(themesCss, `[data-theme='${theme}']`);
    const low: string[] = [];
    for (const fg of ['text', 'muted', 'accent'])
      for (const bg of ['bg', 'surface']) {
        const ratio = contrast(token(page, fg), token(page, bg));
        if (ratio < 4.5) low.push(`${fg} on ${bg}: ${ratio.toFixed(2)}`);
      }
    expect(low).toEqual([]);
  });
});
