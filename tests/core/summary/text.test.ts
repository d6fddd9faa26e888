import { describe, expect, it } from 'vitest';
import { shortCitation, volumeIssuePages, webUrl } from '../../../src/core/summary/citation.ts';
import { timeSpecText } from '../../../src/core/summary/timeSpecText.ts';
import { toxicityGradeText } from '../../../src/core/summary/toxicityText.ts';
import {
  formatNumber,
  pointValueText,
  qualifierText,
} from '../../../src/core/summary/valueText.ts';
import type { Event, Source } from '../../../src/core/format/index.ts';
import { stated } from './fixtures.ts';

type Toxicity = Extract<Event, { kind: 'toxicity' }>;
const tox = (over: Partial<Toxicity>): Toxicity => ({
  id: 't',
  kind: 'toxicity',
  label: 'CRS',
  toxicity: 'CRS',
  occurred: true,
  time: { kind: 'unknown' },
  provenance: stated,
  ...over,
});

describe('toxicityGradeText(event)', () => {
  it('names the ASTCT grade and keeps the printed form', () => {
    expect(
      toxicityGradeText(tox({ grade: { scale: 'ASTCT', value: 1, asPrinted: 'CRS 1' } })),
    ).toBe('ASTCT grade 1 (printed “CRS 1”)');
  });
  it('leaves an unnamed scale unnamed', () => {
    expect(toxicityGradeText(tox({ grade: { scale: 'unstated', value: 1 } }))).toBe(
      'grade 1, scale not stated',
    );
    expect(toxicityGradeText(tox({ grade: { scale: 'CTCAE', value: 3 } }))).toBe('CTCAE grade 3');
  });
  it('says "grade not reported" rather than guessing', () => {
    expect(toxicityGradeText(tox({ grade: 'not-reported' }))).toBe('grade not reported');
    expect(toxicityGradeText(tox({}))).toBe('grade not reported');
  });
  it('keeps a severity word beside the missing grade', () => {
    expect(toxicityGradeText(tox({ severity: 'mild', grade: 'not-reported' }))).toBe(
      'mild, grade not reported',
    );
  });
  it('says "not observed" for a toxicity that did not occur', () => {
    expect(toxicityGradeText(tox({ occurred: false }))).toBe('not observed');
  });
});

describe('value texts', () => {
  it('formatNumber keeps every digit and groups thousands', () => {
    expect(formatNumber(350758)).toBe('350,758');
    expect(formatNumber(0.014)).toBe('0.014');
    expect(formatNumber(26.64)).toBe('26.64');
  });
  it('pointValueText writes the unit exactly as printed', () => {
    expect(
      pointValueText({ value: 350758, provenance: stated, time: { kind: 'unknown' } }, 'copies/μg'),
    ).toBe('350,758 copies/μg');
    expect(
      pointValueText({ value: 0.014, provenance: stated, time: { kind: 'unknown' } }, '%'),
    ).toBe('0.014%');
  });
  it('pointValueText marks censored and missing values', () => {
    const t = { kind: 'unknown' } as const;
    expect(
      pointValueText(
        { value: 0.01, qualifier: 'below-detection', provenance: stated, time: t },
        '%',
      ),
    ).toBe('< 0.01%');
    expect(pointValueText({ qualifier: 'undetectable', provenance: stated, time: t }, '%')).toBe(
      '—',
    );
  });
  it('qualifierText words the qualifier, nothing for exact', () => {
    expect(qualifierText('undetectable')).toBe('undetectable');
    expect(qualifierText('below-detection')).toBe('below detection');
    expect(qualifierText(undefined)).toBe('');
  });
});

describe('citation texts', () => {
  const src: Source = {
    id: 's',
    type: 'journal-article',
    authors: ['Kong D', 'Li X'],
    title: 'T',
    year: 2022,
  };
  it('shortCitation uses the first author, et al. and the year', () => {
    expect(shortCitation(src)).toBe('Kong D et al., 2022');
    expect(shortCitation({ ...src, authors: [], venue: 'Hospital news' })).toBe(
      'Hospital news, 2022',
    );
  });
  it('volumeIssuePages writes volume(issue):pages', () => {
    expect(volumeIssuePages({ ...src, volume: '23', issue: '10', pages: '876–880' })).toBe(
      '23(10):876–880',
    );
    expect(volumeIssuePages({ ...src, volume: '15' })).toBe('15');
    expect(volumeIssuePages(src)).toBe('');
  });
  it('webUrl lets only http(s) through', () => {
    expect(webUrl('https://example.org/a')).toBe('https://example.org/a');
    expect(webUrl('javascript:alert(1)')).toBeNull();
    expect(webUrl(undefined)).toBeNull();
  });
});

describe('timeSpecText(spec)', () => {
  it('writes calendar times at their precision and falls back to the source wording', () => {
    expect(timeSpecText({ kind: 'date', date: '2025-04-15' })).toBe('15 Apr 2025');
    expect(timeSpecText({ kind: 'month', month: '2025-04' })).toBe('Apr 2025');
    expect(timeSpecText({ kind: 'year', year: 2023 })).toBe('2023');
    expect(timeSpecText({ kind: 'unknown', asStated: 'at the time of writing' })).toBe(
      '“at the time of writing”',
    );
    expect(timeSpecText({ kind: 'order', after: ['x'] })).toBe('time not stated');
  });
});
