// The editor's address: a new case, or one draft by id.
import { describe, expect, it } from 'vitest';
import { editHref, parseHash } from '../../src/app/router/index.ts';

describe('editor route', () => {
  it('"#/edit" starts a new case and "#/edit?draft=<id>" opens that draft', () => {
    expect(parseHash('#/edit')).toEqual({ name: 'editor', draft: null });
    expect(parseHash('#/edit/')).toEqual({ name: 'editor', draft: null });
    expect(parseHash('#/edit?draft=dmx1a2')).toEqual({ name: 'editor', draft: 'dmx1a2' });
  });

  it('editHref writes what parseHash reads, escaping the id', () => {
    expect(editHref()).toBe('#/edit');
    expect(parseHash(editHref('d 1&x'))).toEqual({ name: 'editor', draft: 'd 1&x' });
  });
});
