// When a page's first screen was presented and when one of its files was requested: read in the
// page, for the checks that hold what waits for the picture (prerender.ts, firstScreenSheet.ts).
import type { Page } from 'playwright-core';

/**
 * The reported paint of the element named "first-screen" (Element Timing; null if none came
 * within 2 s) and the request start of the first file whose address matches `file` (null if none).
 */
export async function paintAndRequest(
  page: Page,
  file: RegExp,
): Promise<{ painted: number | null; requested: number | null }> {
  return page.evaluate(
    (source) =>
      new Promise<{ painted: number | null; requested: number | null }>((done) => {
        // Element Timing entries are not in the performance timeline: a buffered observer reads them.
        new PerformanceObserver((list, observer) => {
          observer.disconnect();
          const painted = list
            .getEntries()
            .find(
              (e) => (e as PerformanceEntry & { identifier: string }).identifier === 'first-screen',
            ) as (PerformanceEntry & { renderTime: number }) | undefined;
          const pattern = new RegExp(source);
          const res = performance.getEntriesByType('resource').find((e) => pattern.test(e.name));
          done({ painted: painted?.renderTime ?? null, requested: res?.startTime ?? null });
        }).observe({ type: 'element', buffered: true });
        setTimeout(() => done({ painted: null, requested: null }), 2000);
      }),
    file.source,
  );
}
