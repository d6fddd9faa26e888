import { slideFont } from '../../scene/index.ts';

/**
 * Text size of a slide frame `frameHeight` px high: the scene's slide size (24 px at 1080 px), times
 * the link's font scale when it names one, so `font=1.2` still enlarges a slide.
 */
export function slideTextSize(frameHeight: number, font: number | null): number {
  return Math.round(slideFont(frameHeight) * (font ?? 1));
}

/**
 * The height a slide's text is sized from, for a frame `width` × `height`: its height, unless the
 * frame is narrower than 16:10 (then what a 16:10 frame of that width would be). A frame a slide
 * tool narrows a little (reveal.js caps an iframe at 95 % of the slide's width) keeps the
 * projector's text size; a tall frame does not get text its width cannot hold.
 */
export function slideTextHeight(width: number, height: number): number {
  return Math.min(height, (width * 10) / 16);
}
