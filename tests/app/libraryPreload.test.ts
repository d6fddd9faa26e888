import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { libraryPreloads, preloadTags } from '../../scripts/preload.ts';

describe('library preload links', () => {
  it('name index.json and every case file the shipped index lists, in order', () => {
    const text = readFileSync('public/data/index.json', 'utf8');
    const index = JSON.parse(text) as { cases: Array<{ file: string }> };
    expect(libraryPreloads(text)).toEqual([
      'data/index.json',
      ...index.cases.map((c) => `data/${c.file}`),
    ]);
  });

  it('leave out paths that are unsafe to name in the page, and repeats', () => {
    const text = JSON.stringify({
      cases: [
        { file: 'cases/a.json' },
        { file: '../outside.json' },
        { file: 'https://elsewhere.example/x.json' },
        { file: 'cases/"onload=x.json' },
        { file: '/abs.json' },
        { file: 'cases/a.json' },
        { file: 42 },
        null,
      ],
    });
    expect(libraryPreloads(text)).toEqual(['data/index.json', 'data/cases/a.json']);
  });

  it('preload only the index when it is missing or does not parse', () => {
    expect(libraryPreloads(null)).toEqual(['data/index.json']);
    expect(libraryPreloads('{ "cases": [')).toEqual(['data/index.json']);
    expect(libraryPreloads('{ "cases": 3 }')).toEqual(['data/index.json']);
  });

  it('write fetch preloads with the credentials mode fetch() uses', () => {
    expect(preloadTags(['data/index.json'])).toBe(
      '<link rel="preload" href="./data/index.json" as="fetch" type="application/json" crossorigin />',
    );
  });
});
