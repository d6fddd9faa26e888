// Ranges written inside one time spec must not be upside down.

import type { Case } from '../../format/index.ts';
import { error, type Draft } from '../draft.ts';
import { forEachTime } from './walk.ts';

/** Reports offsets whose amountMax is below amount, and order times whose notAfter precedes notBefore. */
export function checkRanges(c: Case): Draft[] {
  const out: Draft[] = [];
  forEachTime(c, (t, path) => {
    if (t.kind === 'offset' && t.amountMax !== undefined && t.amountMax < t.amount) {
      out.push(
        error(
          'reversed-range',
          `${path}.amountMax`,
          `a number ≥ "amount" (${t.amount})`,
          String(t.amountMax),
          'Put the smaller number in "amount" and the larger in "amountMax".',
        ),
      );
    }
    if (t.kind === 'order' && t.notBefore && t.notAfter && t.notAfter < t.notBefore) {
      out.push(
        error(
          'reversed-range',
          `${path}.notAfter`,
          `a day on or after "notBefore" (${t.notBefore})`,
          `"${t.notAfter}"`,
          'Check both days against the source; they may be swapped.',
        ),
      );
    }
  });
  return out;
}
