import { describe, expect, it } from 'vitest';
import { libraryPreloads, preloadTags } from '../../scripts/preload.ts';

describe('library preload links', () => {
  it('name the library summary alone, never a case file', () => {
    expect(libraryPreloads()).toEqual(['data/library.json']);
  });

  it('write fetch preloads with the credentials mode fetch() uses', () => {
    expect(preloadTags(['data/library.json'])).toBe(
      '<link rel="preload" href="./data/library.json" as="fetch" type="application/json" crossorigin />',
    );
  });
});
