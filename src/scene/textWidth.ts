// Text is estimated, not measured, so the scene stays pure and SSR, tests and export agree.
// Advance widths in em, measured in Chromium on DejaVu Sans (the widest common system sans,
// Debian's default): on fonts that are narrower the estimate errs on the roomy side.
const WIDTHS: Record<string, number> = (() => {
  const table: Record<string, number> = {};
  const put = (chars: string, w: number) => {
    for (const ch of chars) table[ch] = w;
  };
  put('0123456789$', 0.64);
  put(' ,.·', 0.32);
  put("'′", 0.28);
  put('!', 0.4);
  put('"', 0.46);
  put('#+<=>^~≈→×≥≤±', 0.84);
  put('%', 0.95);
  put('&', 0.78);
  put('()[]', 0.39);
  put('*_`°–', 0.5);
  put('-', 0.36);
  put('/:;\\|', 0.34);
  put('?', 0.53);
  put('@—…', 1);
  put('{}μ', 0.64);
  put('IJ', 0.3);
  put('il', 0.28);
  put('j', 0.28);
  put('f', 0.35);
  put('r', 0.38);
  put('t', 0.39);
  put('s', 0.52);
  put('cz', 0.53);
  put('e', 0.57);
  put('k', 0.58);
  put('vxy', 0.59);
  put('a', 0.61);
  put('o', 0.55);
  put('bdghnpqu', 0.63);
  put('w', 0.82);
  put('m', 0.97);
  put('L', 0.56);
  put('F', 0.58);
  put('P', 0.6);
  put('TY', 0.61);
  put('ES', 0.63);
  put('K', 0.66);
  put('AV', 0.68);
  put('BRXZ', 0.69);
  put('C', 0.7);
  put('U', 0.73);
  put('HN', 0.75);
  put('D', 0.77);
  put('G', 0.78);
  put('OQ', 0.79);
  put('M', 0.86);
  put('W', 0.99);
  return table;
})();

/** Width in px of `text` at `font` px (bold 12 % wider): an upper estimate on common fonts. */
export function textWidth(text: string, font: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += WIDTHS[ch] ?? 0.7;
  return em * font * (bold ? 1.12 : 1) + 1;
}

/** The longest start of `text` (cut at a word end when one is near) plus "…" that fits `px`. */
export function cutToWidth(text: string, px: number, font: number): string {
  if (textWidth(text, font) <= px) return text;
  // Widths add up character by character: one pass finds the longest start that fits.
  const room = px - 1 - (WIDTHS['…'] ?? 1) * font;
  const chars = [...text];
  let used = 0;
  let n = 0;
  while (n < chars.length && used + (WIDTHS[chars[n]!] ?? 0.7) * font <= room) {
    used += (WIDTHS[chars[n]!] ?? 0.7) * font;
    n++;
  }
  if (n === 0) return '';
  const cut = chars.slice(0, n).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > n * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * Splits text into at most `lines` lines no wider than `px`, breaking at spaces (and after "/" or
 * "-"); null when it does not fit whole.
 */
export function wrapText(text: string, px: number, font: number, lines: number, bold = false) {
  const words = text.split(/(?<=[ /-])/);
  const out: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line + w;
    if (textWidth(next.trimEnd(), font, bold) <= px || line === '') line = next;
    else {
      out.push(line.trimEnd());
      line = w;
    }
  }
  if (line) out.push(line.trimEnd());
  if (out.length > lines || out.some((l) => textWidth(l, font, bold) > px)) return null;
  return out;
}
