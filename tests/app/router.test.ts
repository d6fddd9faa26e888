import { describe, expect, it } from 'vitest';
import { caseHref, parseHash } from '../../src/app/router/route.ts';

describe('parseHash(hash)', () => {
  it.each(['', '#', '#/'])('reads %j as the landing page', (hash) => {
    expect(parseHash(hash)).toEqual({ name: 'landing' });
  });

  it('reads a case page, with or without a trailing slash', () => {
    expect(parseHash('#/case/003-zhou')).toEqual({ name: 'case', id: '003-zhou' });
    expect(parseHash('#/case/003-zhou/')).toEqual({ name: 'case', id: '003-zhou' });
  });

  it('reads anything else as not found, including malformed escapes', () => {
    expect(parseHash('#/cases')).toEqual({ name: 'not-found', hash: '#/cases' });
    expect(parseHash('#/case/')).toMatchObject({ name: 'not-found' });
    expect(parseHash('#/case/%E0%A4%A')).toMatchObject({ name: 'not-found' });
  });

  it('round-trips ids through caseHref', () => {
    for (const id of ['003-zhou', 'a b', 'ü/x']) {
      expect(parseHash(caseHref(id))).toEqual({ name: 'case', id });
    }
  });
});
