import { describe, expect, it } from 'vitest';
import { citationLines, sourceCitation, wrapText } from '../../../src/core/export/index.ts';
import type { Case, Source } from '../../../src/core/format/index.ts';
import { loadCase } from '../../data/library.ts';

const base: Source = { id: 's', type: 'journal-article', authors: [], title: 'A title' } as Source;

describe('sourceCitation', () => {
  it('names the first author, journal, year, volume and DOI of a shipped case (Zhou)', () => {
    const zhou = loadCase('003-zhou');
    expect(sourceCitation(zhou.sources[0]!)).toBe(
      'Huanhuan Zhou et al., Frontiers in Immunology 2024;15. doi:10.3389/fimmu.2024.1519055',
    );
  });

  it('keeps issue and pages (Kong) and writes a single author without "et al."', () => {
    const kong = loadCase('004-kong');
    expect(sourceCitation(kong.sources[0]!)).toMatch(/^Delin Kong et al\., .* 2022;23\(10\):876/);
    const one = { ...base, authors: ['A Solo'], venue: 'J', year: 2020, doi: '10.1/x' };
    expect(sourceCitation(one)).toBe('A Solo, J 2020. doi:10.1/x');
  });

  it('falls back to the venue or title for unsigned pages, and to the URL without a DOI', () => {
    expect(sourceCitation({ ...base, venue: 'Hospital news', year: 2023 })).toBe(
      'Hospital news 2023',
    );
    expect(sourceCitation({ ...base, url: 'https://example.org/p' })).toBe(
      'A title. https://example.org/p',
    );
  });
});

describe('citationLines', () => {
  it('one case: "Source: …" per source', () => {
    const zhou = loadCase('003-zhou');
    expect(citationLines([zhou])).toEqual([`Source: ${sourceCitation(zhou.sources[0]!)}`]);
  });

  it('several cases: a shared paper is cited once and names every case it backs', () => {
    const p1 = loadCase('002a-pan-case-1');
    const p2 = loadCase('002b-pan-case-2');
    const zhou = loadCase('003-zhou');
    const lines = citationLines([p1, p2, zhou]);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Pan et al\. case 1, Pan et al\. case 2: Source: .*doi:10\.3389/);
    expect(lines[1]).toMatch(/^Zhou: Source: Huanhuan Zhou et al\./);
  });

  it('no cases, no lines', () => {
    expect(citationLines([] as Case[])).toEqual([]);
  });
});

describe('wrapText', () => {
  it('breaks at spaces within the width and keeps every word in order', () => {
    const text = 'Source: Huanhuan Zhou et al., Frontiers in Immunology 2024;15. doi:10.3389/x';
    const lines = wrapText(text, 24);
    expect(lines.every((l) => l.length <= 24 || !l.includes(' '))).toBe(true);
    expect(lines.join(' ')).toBe(text);
    expect(lines.length).toBeGreaterThan(2);
  });

  it('a word longer than the line stands alone; empty text gives no lines', () => {
    expect(wrapText('a doi:10.1234/averyveryverylongsuffix b', 10)).toEqual([
      'a',
      'doi:10.1234/averyveryverylongsuffix',
      'b',
    ]);
    expect(wrapText('   ', 10)).toEqual([]);
  });
});
