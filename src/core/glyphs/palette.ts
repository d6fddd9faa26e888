/**
 * Colours for every tone token the glyph module emits, plus the chart's own tokens. Light tones are
 * the Okabe–Ito colour-blind-safe set, with orange, sky blue and yellow darkened until they reach
 * 3:1 against white (WCAG non-text contrast); dark tones are lighter variants for a near-black
 * background; high-contrast tones are near-pure colours that reach 7:1 against black.
 * Orange and yellow (light) and purple (dark, high contrast) are moved in lightness from the plain
 * Okabe–Ito values: simulated for protanopia, deuteranopia and tritanopia, the plain values made
 * tones that share a glyph shape look alike (ΔE2000 about 1–4); tests/core/theme checks them.
 */

/** One token in the three themes. */
export interface Swatch {
  light: string;
  dark: string;
  contrast: string;
}

/** The backgrounds the palette is checked against (the views own the real ones). */
export const THEME_BACKGROUND = { light: '#ffffff', dark: '#121417', contrast: '#000000' } as const;

// Okabe–Ito families. Each tone below points at one, so a hue means the same thing in all lanes.
const vermillion: Swatch = { light: '#D55E00', dark: '#F5793A', contrast: '#FF9A66' };
const purple: Swatch = { light: '#B5508F', dark: '#AB6B93', contrast: '#C87EC8' };
const green: Swatch = { light: '#009E73', dark: '#2ECC9A', contrast: '#7CFC00' };
const blue: Swatch = { light: '#0072B2', dark: '#5A9FE6', contrast: '#66CCFF' };
const orange: Swatch = { light: '#754900', dark: '#E69F00', contrast: '#FFB000' };
const sky: Swatch = { light: '#2C7FB8', dark: '#9ADCF7', contrast: '#00FFFF' };
const yellow: Swatch = { light: '#918243', dark: '#F0E442', contrast: '#FFFF00' };
const grey: Swatch = { light: '#5F6B78', dark: '#A9B4C0', contrast: '#E0E0E0' };
const ink: Swatch = { light: '#1B1F24', dark: '#E8EAED', contrast: '#FFFFFF' };

/** Tone token -> colours for the light, dark and high-contrast themes. */
export const PALETTE: Record<string, Swatch> = {
  // Toxicities: one hue per type; the shape tells the type apart without colour.
  'tox-crs': vermillion,
  'tox-icans': purple,
  'tox-gvhd': green,
  'tox-infection': orange,
  'tox-ta-tma': blue,
  'tox-organ': yellow,
  'tox-other': grey,
  // Events in the other lanes.
  disease: ink,
  relapse: vermillion,
  chemo: orange,
  immuno: sky,
  lymphodepletion: yellow,
  therapy: grey,
  transplant: blue,
  'car-t': purple,
  response: green,
  'follow-up': grey,
  death: ink,
  other: grey,
  plan: grey,
  // Measurement tracks: CAR kinetics share the CAR-T infusion's hue.
  kinetics: purple,
  mrd: vermillion,
  chimerism: blue,
  lab: grey,
  // Chart furniture. Bands and grid are fills and hairlines, not marks a reader must pick out.
  axis: ink,
  text: ink,
  muted: { light: '#4F5966', dark: '#A9B4C0', contrast: '#FFFF00' },
  grid: { light: '#D5DBE3', dark: '#2E343B', contrast: '#8C8C8C' },
  'band-order': { light: '#EEF1F5', dark: '#1E242B', contrast: '#1A1A1A' },
  'band-break': { light: '#F4EFE6', dark: '#2A2620', contrast: '#262626' },
  window: { light: '#4F5966', dark: '#A9B4C0', contrast: '#FFFF00' },
};
