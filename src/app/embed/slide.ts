import { slideFont } from '../../scene/index.ts';

/**
 * Text size of a slide frame `frameHeight` px high: the scene's slide size (24 px at 1080 px), times
 * the link's font scale when it names one, so `font=1.2` still enlarges a slide.
 */
export function slideTextSize(frameHeight: number, font: number | null): number {
  return Math.round(slideFont(frameHeight) * (font ?? 1));
}
