import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PALETTE } from '../../../src/core/glyphs/index.ts';

const styles = join(import.meta.dirname, '../../../src/styles');
const css = readFileSync(join(styles, 'timeline.css'), 'utf8');
const themesCss = readFileSync(join(styles, 'themes.css'), 'utf8');

/** The declarations of the first `<selector> { … }` block after `marker` in a stylesheet. */
function themeBlock(sheet: string, marker: string, selector = '.tl-theme {'): string {
  const at = sheet.indexOf(marker);
  expect(at, marker).toBeGreaterThanOrEqual(0);
  const open = sheet.indexOf(selector, at);
  return sheet.slice(open, sheet.indexOf('}', open));
}

describe('the chart palette in CSS', () => {
  // Light is the default in timeline.css; dark and high contrast apply with data-theme (themes.css).
  const themes = {
    light: themeBlock(css, '/* Light palette'),
    dark: themeBlock(
      themesCss,
      "[data-theme='dark'] .tl-theme {",
      "[data-theme='dark'] .tl-theme {",
    ),
    contrast: themeBlock(
      themesCss,
      "[data-theme='contrast'] .tl-theme {",
      "[data-theme='contrast'] .tl-theme {",
    ),
  };

  it.each(Object.keys(themes) as Array<keyof typeof themes>)(
    'defines every PALETTE token with its %s value',
    (theme) => {
      // Prettier writes hex colours in lower case; the colour is the same.
      const block = themes[theme].toLowerCase();
      for (const [token, swatch] of Object.entries(PALETTE))
        expect(block, `--${token}`).toContain(`--${token}: ${swatch[theme].toLowerCase()};`);
    },
  );

  it('has a tone class for every token, so glyphs pick colours without inline styles', () => {
    for (const token of Object.keys(PALETTE))
      expect(css).toContain(`.tone-${token} {\n  --tone: var(--${token});\n}`);
  });
});
