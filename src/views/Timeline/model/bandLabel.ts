import { textWidth } from '../../../scene/index.ts';

const fits = (text: string, widthPx: number) => textWidth(text, 12) + 8 <= widthPx;

/**
 * The fullest wording of a band label that fits its width, as one or two lines: the whole label,
 * else the label split at its dash, else its first words ("order only"), else nothing (the legend
 * and the hover guide still say what the band is).
 */
export function fitLabel(label: string, widthPx: number, short: string): string[] {
  if (fits(label, widthPx)) return [label];
  const [head, tail] = label.split(/(?<=—) /);
  if (head && tail && fits(head, widthPx) && fits(tail, widthPx)) return [`${head} `, tail];
  return fits(short, widthPx) ? [short] : [];
}
