// Validates one case file's text: JSON syntax, then structure (zod), then meaning (ids, references,
// grades, values, times). Every problem carries a path, and a line and column where possible.

import { Case } from '../format/index.ts';
import type { ResolvedCase } from '../time/types.ts';
import { checkCase } from './checkCase.ts';
import { checkFileName } from './checks/fileName.ts';
import { finish, hasErrors } from './draft.ts';
import { createLocator } from './locate.ts';
import { parseJsonText } from './parseJson.ts';
import type { Problem } from './problem.ts';
import { isRecord } from './schemaAt.ts';
import { sortProblems } from './sortProblems.ts';
import { checkCounts, tooLarge, utf8Bytes } from './limits.ts';
import { issuesToDrafts } from './zodIssues.ts';

/** Everything the loader needs from one case text. `case` and `resolved` are null unless there is no error. */
export interface CaseCheck {
  case: Case | null;
  /** The case as parsed whenever its structure is valid, even if later checks found errors. */
  parsed: Case | null;
  resolved: ResolvedCase | null;
  problems: Problem[];
}

/** What a check of one text looks at beyond the case itself. */
export interface CaseTextOptions {
  /** The file stands on its own (not listed in a library index): its "id" must be its name. */
  alone?: boolean;
}

/** Validates a case file; `case` is the parsed case when there are no errors (warnings allowed), else null. */
export function validateCaseText(
  text: string,
  file: string,
  options: CaseTextOptions = {},
): { case: Case | null; problems: Problem[] } {
  const { case: c, problems } = checkCaseText(text, file, undefined, options);
  return { case: c, problems };
}

/** Limits for a file opened in the browser; the CLI and the curated library are not limited. */
export interface CaseLimits {
  /** Largest text, in UTF-8 bytes. */
  maxBytes: number;
  /** Most events. */
  maxEvents: number;
  /** Most measurement points over all series. */
  maxPoints: number;
}

/**
 * Like validateCaseText, and also hands back the resolved times so callers need not resolve twice.
 * With `limits`, a text or case above them is refused with one clear problem before the costly
 * checks run.
 */
export function checkCaseText(
  text: string,
  file: string,
  limits?: CaseLimits,
  options: CaseTextOptions = {},
): CaseCheck {
  // Checked before parsing: a huge text must not cost the page a long parse to be refused.
  if (limits && utf8Bytes(text, limits.maxBytes) > limits.maxBytes)
    return {
      case: null,
      parsed: null,
      resolved: null,
      problems: finish([tooLarge(utf8Bytes(text), limits.maxBytes)], file),
    };
  const parsed = parseJsonText(text);
  const locator = createLocator(parsed.body);
  const fail = (drafts: typeof parsed.drafts): CaseCheck => ({
    case: null,
    parsed: null,
    resolved: null,
    problems: sortProblems(finish(drafts, file, locator)),
  });
  if (!parsed.ok) return fail(parsed.drafts);
  const counts = limits && isRecord(parsed.value) ? checkCounts(parsed.value, limits) : [];
  if (counts.length > 0) return fail([...parsed.drafts, ...counts]);

  const result = Case.safeParse(parsed.value);
  if (!result.success)
    return fail([...parsed.drafts, ...issuesToDrafts(result.error.issues, Case, parsed.value)]);

  const { drafts, resolved } = checkCase(result.data);
  if (options.alone) drafts.push(...checkFileName(result.data, file));
  const problems = sortProblems(finish([...parsed.drafts, ...drafts], file, locator));
  return hasErrors(problems) || !resolved
    ? { case: null, parsed: result.data, resolved: null, problems }
    : { case: result.data, parsed: result.data, resolved, problems };
}
