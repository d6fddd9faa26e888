import { useEffect, useState } from 'react';
import type { Case } from '../../core/format/index.ts';
import type { ResolvedCase } from '../../core/time/types.ts';
import { checkCaseText, type Problem } from '../../core/validate/index.ts';

/** What the last check of a draft found. */
export interface DraftCheck {
  /** The validator's problems, as `npm run validate` reports them. */
  problems: Problem[];
  /** The last version that loaded (no errors), for the preview; kept while the draft has errors. */
  good: { c: Case; rc: ResolvedCase } | null;
  /** Whether `good` is the draft as it is now (false: the preview shows an earlier version). */
  current: boolean;
  /** The text that was checked. */
  text: string | null;
}

/** How long typing may pause before the draft is checked again. */
export const CHECK_DELAY_MS = 250;

/**
 * Checks a draft's text with the validator a moment after typing pauses, so every keystroke stays
 * smooth; the preview keeps the last version without errors while the curator is mid-edit.
 */
export function useDraftCheck(text: string, file: string, delay = CHECK_DELAY_MS): DraftCheck {
  const [check, setCheck] = useState<DraftCheck>(() => run(text, file, null));
  useEffect(() => {
    if (check.text === text) return;
    const t = setTimeout(() => setCheck((prev) => run(text, file, prev.good)), delay);
    return () => clearTimeout(t);
  }, [text, file, delay, check.text]);
  return check;
}

function run(text: string, file: string, good: DraftCheck['good']): DraftCheck {
  const r = checkCaseText(text, file);
  if (r.case && r.resolved)
    return { problems: r.problems, good: { c: r.case, rc: r.resolved }, current: true, text };
  return { problems: r.problems, good, current: false, text };
}
