// A source's title and authors are either given or marked unknown (format 1.1), never both and
// never silently missing: an unknown author list is not an unsigned page.

import type { Case } from '../../format/index.ts';
import { error, type Draft } from '../draft.ts';

/** Reports a missing title not marked unknown, and a title or author list both given and marked unknown. */
export function checkSources(c: Case): Draft[] {
  const out: Draft[] = [];
  c.sources.forEach((s, i) => {
    const unknown = new Set(s.unknown ?? []);
    if (s.title === undefined && !unknown.has('title')) {
      out.push(
        error(
          'missing-field',
          `sources[${i}].title`,
          '"title" (the title as the source prints it), or "unknown": ["title"] if it cannot be found',
          'nothing',
          'Add the title; if the source has none you can find, add "title" to the source\'s "unknown" list.',
        ),
      );
    }
    const given = [
      ...(s.title !== undefined && unknown.has('title') ? ['title'] : []),
      ...(s.authors.length > 0 && unknown.has('authors') ? ['authors'] : []),
    ];
    for (const field of given) {
      const k = s.unknown!.indexOf(field as 'title' | 'authors');
      out.push(
        error(
          'given-and-unknown',
          `sources[${i}].unknown[${k}]`,
          `"${field}" either given or listed in "unknown", not both`,
          `"${field}" in "unknown" while the source gives ${field === 'title' ? 'a title' : 'authors'}`,
          field === 'title'
            ? 'Remove "title" from "unknown" if the title is known; otherwise remove "title".'
            : 'Remove "authors" from "unknown" if the authors are known; otherwise empty the list ("authors": []).',
        ),
      );
    }
  });
  return out;
}
