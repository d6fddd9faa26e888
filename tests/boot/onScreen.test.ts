// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FIRST_SCREEN, markFirstScreen, whenOnScreen } from '../../src/boot/onScreen.ts';

/** A stand-in for the browser's PerformanceObserver: the test hands it entries. */
class FakeObserver {
  static supportedEntryTypes: string[] = ['element', 'paint'];
  static live: FakeObserver[] = [];
  observed: unknown = null;
  disconnected = false;
  constructor(private readonly callback: (list: { getEntries: () => unknown[] }) => void) {
    FakeObserver.live.push(this);
  }
  observe(options: unknown) {
    this.observed = options;
  }
  disconnect() {
    this.disconnected = true;
  }
  report(...identifiers: string[]) {
    this.callback({ getEntries: () => identifiers.map((identifier) => ({ identifier })) });
  }
}

describe('when the first screen is on screen', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    FakeObserver.live = [];
    FakeObserver.supportedEntryTypes = ['element', 'paint'];
    vi.stubGlobal('PerformanceObserver', FakeObserver);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('marks the element by its Element Timing name', () => {
    const img = document.createElement('img');
    markFirstScreen(img);
    expect(img.getAttribute('elementtiming')).toBe(FIRST_SCREEN);
    expect(() => markFirstScreen(null)).not.toThrow();
  });

  it('waits for the marked element to be painted, not for any other, and runs once', () => {
    const then = vi.fn();
    whenOnScreen(then, 250);
    const [observer] = FakeObserver.live;
    expect(observer!.observed).toEqual({ type: 'element', buffered: true });
    observer!.report('some-other-image');
    expect(then).not.toHaveBeenCalled();
    observer!.report('some-other-image', FIRST_SCREEN);
    expect(then).toHaveBeenCalledTimes(1);
    expect(observer!.disconnected).toBe(true);
    vi.advanceTimersByTime(1000);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('goes on after the cap when the picture is never painted (it failed and was removed)', () => {
    const then = vi.fn();
    whenOnScreen(then, 250);
    vi.advanceTimersByTime(249);
    expect(then).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(then).toHaveBeenCalledTimes(1);
    // It stops listening too, rather than watching every later paint.
    expect(FakeObserver.live[0]!.disconnected).toBe(true);
    FakeObserver.live[0]!.report(FIRST_SCREEN);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('waits two frames where the browser has no Element Timing', () => {
    FakeObserver.supportedEntryTypes = ['paint'];
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
    const then = vi.fn();
    whenOnScreen(then, 250);
    expect(FakeObserver.live).toHaveLength(0);
    frames.shift()!(0);
    vi.advanceTimersByTime(0);
    expect(then).not.toHaveBeenCalled();
    frames.shift()!(16);
    vi.advanceTimersByTime(0);
    expect(then).toHaveBeenCalledTimes(1);
  });
});
