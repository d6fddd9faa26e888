// Warnings for text that looks like HTML or a script link. The app always shows data as text, so
// such text is harmless there; it is flagged because a curator almost never means it, and because
// a case file may be shared onwards to tools that are less careful.

import type { Case } from '../../format/index.ts';
import { warning, type Draft } from '../draft.ts';
import { joinPath } from '../problem.ts';

// A tag opening (<script, <img, </b, <!--) or a script-running URL scheme, in any letter case.
const MARKUP = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|<!--|\b(?:javascript|vbscript)\s*:/i;

/** Warns once per text value that holds HTML tags or a script URL. */
export function checkMarkup(c: Case): Draft[] {
  const out: Draft[] = [];
  // One path stack for the whole walk, copied only for a warning: a large case has tens of
  // thousands of values, and a new path array per value was most of this check's time.
  const steps: Array<string | number> = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (steps[0] !== '$schema' && MARKUP.test(v)) out.push(markupWarning(joinPath(steps)));
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        steps.push(i);
        walk(v[i]);
        steps.pop();
      }
    } else if (v !== null && typeof v === 'object') {
      for (const k of Object.keys(v)) {
        steps.push(k);
        walk((v as Record<string, unknown>)[k]);
        steps.pop();
      }
    }
  };
  walk(c);
  return out;
}

function markupWarning(path: string): Draft {
  return warning(
    'markup-in-text',
    path,
    'plain text (it is always shown as written: tags are not rendered and scripts never run)',
    'HTML tags or a script link',
    'Remove the markup and write the text itself; put web addresses in a source\'s "url".',
  );
}
