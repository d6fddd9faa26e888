// When the build's picture of a page is on screen. The boot script runs the app's code only then:
// its modules, compiled as they arrive, would otherwise compete with the frames that paint and
// present the picture (on 2 cores, a frame already laid out still waited for its raster).

/** The Element Timing name of the one element whose paint means the first screen shows. */
export const FIRST_SCREEN = 'first-screen';

/** Marks `el` as the element whose paint means the first screen is on screen. */
export function markFirstScreen(el: Element | null | undefined): void {
  el?.setAttribute('elementtiming', FIRST_SCREEN);
}

/**
 * Calls `then` once the marked element has been presented (Element Timing reports it after the
 * frame that showed it), or two frames from now in a browser without Element Timing, and in any
 * case within `capMs` (a picture that failed and was removed is never painted).
 */
export function whenOnScreen(then: () => void, capMs: number): void {
  let called = false;
  let observer: PerformanceObserver | null = null;
  const once = () => {
    if (called) return;
    called = true;
    observer?.disconnect();
    then();
  };
  setTimeout(once, capMs);
  if (!PerformanceObserver.supportedEntryTypes?.includes('element')) {
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(once, 0)));
    return;
  }
  observer = new PerformanceObserver((list) => {
    const painted = list
      .getEntries()
      .some((e) => (e as PerformanceEntry & { identifier?: string }).identifier === FIRST_SCREEN);
    if (painted) once();
  });
  observer.observe({ type: 'element', buffered: true });
}
