// Ids name things inside one case file; a repeated id would make references ambiguous.

import type { Case } from '../../format/index.ts';
import { error, type Draft } from '../draft.ts';

const COLLECTIONS = [
  ['sources', 'source'],
  ['products', 'product'],
  ['events', 'event'],
  ['measurements', 'series'],
] as const;

/** Reports every id used twice within sources, products, events or measurements (each its own namespace). */
export function checkDuplicateIds(c: Case): Draft[] {
  const out: Draft[] = [];
  for (const [list, noun] of COLLECTIONS) {
    const first = new Map<string, number>();
    c[list].forEach((item, i) => {
      const earlier = first.get(item.id);
      if (earlier === undefined) return void first.set(item.id, i);
      out.push(
        error(
          'duplicate-id',
          `${list}[${i}].id`,
          `an id no other ${noun} in "${list}" has`,
          `"${item.id}", already the id of ${list}[${earlier}]`,
          `Give this ${noun} its own id, and check which one the references to "${item.id}" mean.`,
        ),
      );
    });
  }
  return out;
}
