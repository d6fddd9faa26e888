/** Lines longer than this are drawn in pieces (see lineChunks). */
export const LONG_LINE = 3000;
/** Length of a piece: a multiple of every dash cycle used on long lines (2+3, 3+3), so dashes run on. */
export const CHUNK = 1500;

/**
 * Splits a vertical line from top to bottom into pieces of CHUNK pixels when it is longer than
 * LONG_LINE. A dashed line thousands of pixels tall (a dense chart's order band edge, the hover
 * guide) is re-dashed whole for every tile the compositor rasterises, costing tens of ms a frame;
 * as separate pieces, only those on screen are dashed. Shorter lines stay one piece.
 */
export function lineChunks(top: number, bottom: number): Array<[number, number]> {
  if (bottom - top <= LONG_LINE) return [[top, bottom]];
  const out: Array<[number, number]> = [];
  for (let a = top; a < bottom; a += CHUNK) out.push([a, Math.min(bottom, a + CHUNK)]);
  return out;
}
