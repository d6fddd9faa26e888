// The hand-over from the build's picture of a case chart (shown by src/boot before the app has
// loaded) to the app's own page: the picture's page is removed once the live chart has drawn, or
// as soon as the app shows anything else.
/** Id of the element holding the picture and its page until the live chart has drawn. */
export const PRERENDER_ID = 'prerender';

/** Removes the picture and its page: the live page (in #root) shows from the next frame on. */
export function endPrerender(): void {
  document.getElementById(PRERENDER_ID)?.remove();
}
