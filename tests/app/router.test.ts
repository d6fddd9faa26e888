import { describe, expect, it } from 'vitest';
import { caseHref, cohortHref, compareHref, parseHash } from '../../src/app/router/route.ts';

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

  it('reads the comparison and the cohort, with their view queries left to the pages', () => {
    expect(parseHash('#/compare')).toEqual({ name: 'compare' });
    expect(parseHash(compareHref('003-zhou', 'a b'))).toEqual({ name: 'compare' });
    expect(parseHash(`${cohortHref}?v=1&sort=crs`)).toEqual({ name: 'cohort' });
    expect(parseHash('#/compare/x')).toMatchObject({ name: 'not-found' });
  });

  it('writes comparison links with both ids escaped, or bare when none is chosen', () => {
    expect(compareHref()).toBe('#/compare');
    expect(compareHref('003-zhou')).toBe('#/compare?a=003-zhou');
    const q = new URLSearchParams(compareHref('a&b', 'ü/x').split('?')[1]);
    expect([q.get('a'), q.get('b')]).toEqual(['a&b', 'ü/x']);
  });
});
