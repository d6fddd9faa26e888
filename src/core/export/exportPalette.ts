// The colours an exported drawing is painted in, from the theme palette (src/core/glyphs) and not
// from the page's computed styles: the file looks the same whoever exports it, in the theme chosen.
import { PALETTE, THEME_BACKGROUND } from '../glyphs/palette.ts';
import type { ExportPalette } from './legendSvg.ts';

/** A theme an export can be drawn in (the app's themes). */
export type ExportTheme = keyof typeof THEME_BACKGROUND;

// The chart's own tokens beside the tone palette, as the stylesheets set them for each theme.
const CHART: Record<ExportTheme, { stripe: string; onTone: string; halo: string }> = {
  light: { stripe: '#F4F6F9', onTone: '#FFFFFF', halo: 'rgba(0,0,0,0.35)' },
  dark: { stripe: '#1A1D21', onTone: '#000000', halo: 'rgba(255,255,255,0.3)' },
  contrast: { stripe: '#0B0B0B', onTone: '#000000', halo: 'none' },
};

/** Every colour of an export drawn in `theme` (light for print and a white slide). */
export function exportPalette(theme: ExportTheme = 'light'): ExportPalette {
  const tone = (token: string) => PALETTE[token]![theme];
  return {
    tones: Object.fromEntries(Object.entries(PALETTE).map(([k, s]) => [k, s[theme]])),
    background: THEME_BACKGROUND[theme],
    text: tone('text'),
    muted: tone('muted'),
    bandOrder: tone('band-order'),
    grid: tone('grid'),
    bandBreak: tone('band-break'),
    window: tone('window'),
    ...CHART[theme],
  };
}
