import { describe, expect, it } from 'vitest';
import { createLocator } from '../../../src/core/validate/locate.ts';
import { appendIndex, appendKey, parentPath } from '../../../src/core/validate/paths.ts';
import { joinPath } from '../../../src/core/validate/problem.ts';

const text = `{
  "events": [
    { "id": "a", "time": { "kind": "date" } },
    {
      "id": "b",
      "odd key": [1, 2]
    }
  ]
}`;

describe('createLocator', () => {
  const loc = createLocator(text);

  it('finds a member at its key', () => {
    expect(loc.locate('events[0].time.kind')).toEqual({ line: 3, column: 28 });
    expect(loc.locate('events[1].id')).toEqual({ line: 5, column: 7 });
  });

  it('finds a list element at its value', () => {
    expect(loc.locate('events[1]')).toEqual({ line: 4, column: 5 });
    expect(loc.locate('events[1]["odd key"][1]')).toEqual({ line: 6, column: 22 });
  });

  it('falls back to the nearest ancestor for a path that is not in the text', () => {
    expect(loc.locate('events[0].provenance.locator')).toEqual({ line: 3, column: 5 });
    expect(loc.locate('')).toEqual({ line: 1, column: 1 });
  });

  it('locates many paths in one call, in order', () => {
    expect(loc.locateAll(['events[1].id', 'events'])).toEqual([
      { line: 5, column: 7 },
      { line: 2, column: 3 },
    ]);
  });

  it('still finds what comes before a syntax error', () => {
    const broken = createLocator('{\n  "a": 1,\n  "b": oops }');
    expect(broken.locate('a')).toEqual({ line: 2, column: 3 });
    expect(broken.locate('b')).toEqual({ line: 3, column: 3 });
  });

  it('gives nothing for an empty text', () => {
    expect(createLocator('').locate('a')).toBeUndefined();
  });
});

describe('path helpers', () => {
  it('appendKey and appendIndex build the same paths as joinPath', () => {
    const steps: Array<string | number> = ['events', 3, 'odd key', 0, '$schema', 'time', 'a.b'];
    let path = '';
    for (const s of steps) path = typeof s === 'number' ? appendIndex(path, s) : appendKey(path, s);
    expect(path).toBe(joinPath(steps));
  });

  it('parentPath undoes one step', () => {
    expect(parentPath('events[3].time.from')).toBe('events[3].time');
    expect(parentPath('events[3]')).toBe('events');
    expect(parentPath('a["odd key"]')).toBe('a');
    expect(parentPath('events')).toBe('');
  });
});
