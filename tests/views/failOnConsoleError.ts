import { afterEach, beforeEach, expect, vi, type MockInstance } from 'vitest';

/**
 * Fails the test when React (or anything) logs a console error, e.g. invalid DOM nesting or a
 * missing key: these only show in development builds, so the browser tests cannot see them.
 */
export function failOnConsoleError(): void {
  let spy: MockInstance<typeof console.error>;
  beforeEach(() => {
    spy = vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => {
    const calls = spy.mock.calls.map((args) => args.map(String).join(' ').slice(0, 300));
    spy.mockRestore();
    expect(calls).toEqual([]);
  });
}
