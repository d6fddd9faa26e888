import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PALETTE } from '../../../src/core/glyphs/index.ts';

const css = readFileSync(join(import.meta.dirname, '../../../src/styles/timeline.css'), 'utf8');

/** The declarations of the first `.tl-theme { … }` block after `marker` in the stylesheet. */
function themeBlock(marker: string): string {
  const at = css.indexOf(marker);
  const open = css.indexOf('.tl-theme {', at);
  return css.slice(open, css.indexOf('}', open));
}

describe('timeline.css palette', () => {
  const themes = {
    light: themeBlock('/* Light palette'),
    dark: themeBlock('@media (prefers-color-scheme: dark)'),
    contrast: themeBlock('@media (prefers-contrast: more)'),
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
