// A time given as "the date of the source" needs a source that says when it was written (that the
// source exists is checked with every other reference, in references.ts).

import type { Case } from '../../format/index.ts';
import { error, type Draft } from '../draft.ts';
import { forEachTime } from './walk.ts';

/** Reports source-date times whose source carries neither a published day nor a year. */
export function checkSourceDates(c: Case): Draft[] {
  const out: Draft[] = [];
  const sources = new Map(c.sources.map((s, i) => [s.id, { s, i }]));
  forEachTime(c, (t, path) => {
    if (t.kind !== 'source-date') return;
    const found = sources.get(t.source);
    if (found && !found.s.published && found.s.year === undefined) {
      out.push(
        error(
          'undated-source',
          `${path}.source`,
          `a source with a "published" day or a "year"`,
          `source "${t.source}" (sources[${found.i}]) with neither`,
          `Add the source's "published" day or "year" as its copy shows it, or give this time another kind.`,
        ),
      );
    }
  });
  return out;
}
