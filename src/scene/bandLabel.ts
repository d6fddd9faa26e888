import { textWidth } from './textWidth.ts';

const fits = (text: string, widthPx: number, font: number) =>
  textWidth(text, font, true) + 8 <= widthPx;

/**
 * The fullest wording of a band label that fits its width, as one or two lines: the whole label,
 * else the label split at its dash, else its first words ("order only"), else nothing (the legend
 * and the hover guide still say what the band is).
 */
export function fitLabel(label: string, widthPx: number, short: string, font = 12): string[] {
  if (fits(label, widthPx, font)) return [label];
  const [head, tail] = label.split(/(?<=—) /);
  if (head && tail && fits(head, widthPx, font) && fits(tail, widthPx, font))
    return [`${head} `, tail];
  return fits(short, widthPx, font) ? [short] : [];
}
