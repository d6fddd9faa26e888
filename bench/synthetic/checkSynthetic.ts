// Validates a synthetic case with the app's own schema and meaning checks (ids, references,
// grades, values, times) and resolves its times. It skips only the loader's size guard
// (src/core/validate/limits.ts), which refuses files above 1,000 events before checking them:
// the benchmark's cases are that large on purpose.

import { Case } from '../../src/core/format/index.ts';
import type { ResolvedCase } from '../../src/core/time/types.ts';
import { checkCase } from '../../src/core/validate/checkCase.ts';
import type { Draft } from '../../src/core/validate/draft.ts';

/** The checked case and its resolved times, or the first problems that kept it from loading. */
export type SyntheticCheck =
  | { ok: true; c: Case; rc: ResolvedCase; warnings: Draft[] }
  | { ok: false; errors: Array<Pick<Draft, 'path' | 'expected' | 'found'>> };

/** Parses, validates and resolves a synthetic case's JSON text. */
export function checkSyntheticText(text: string): SyntheticCheck {
  const parsed = Case.safeParse(JSON.parse(text));
  if (!parsed.success)
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => ({
        path: i.path.join('.'),
        expected: i.message,
        found: '',
      })),
    };
  const { drafts, resolved } = checkCase(parsed.data);
  const errors = drafts.filter((d) => d.severity === 'error');
  if (errors.length > 0 || !resolved) return { ok: false, errors };
  return { ok: true, c: parsed.data, rc: resolved, warnings: drafts };
}
