import { describe, expect, it } from 'vitest';
import {
  DEFAULT_COHORT_QUERY,
  formatCohortQuery,
  parseCohortQuery,
  type CohortQuery,
} from '../../../src/core/cohort/index.ts';

const IDS = ['000-marina', '003-zhou', '004-kong'];

describe('cohort query', () => {
  it('round-trips every field', () => {
    const q: CohortQuery = {
      sort: 'crs',
      desc: false,
      scale: 'linear',
      table: true,
      picked: ['003-zhou', '000-marina'],
    };
    expect(parseCohortQuery(formatCohortQuery(q), IDS)).toEqual(q);
  });

  it('always spells out the sort, so the address shows it', () => {
    expect(formatCohortQuery(DEFAULT_COHORT_QUERY)).toBe('sort=follow-up&dir=desc');
  });

  it('falls back to defaults for unknown or tampered values', () => {
    expect(parseCohortQuery('sort=evil&dir=up&scale=log&table=yes', IDS)).toEqual(
      DEFAULT_COHORT_QUERY,
    );
  });

  it('keeps at most two known, distinct picks', () => {
    expect(parseCohortQuery('pick=003-zhou,nope,003-zhou,004-kong,000-marina', IDS).picked).toEqual(
      ['003-zhou', '004-kong'],
    );
  });
});
