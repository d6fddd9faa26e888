// Validates one case file's text: JSON syntax, then structure (zod), then meaning (ids, references,
// grades, values, times). Every problem carries a path, and a line and column where possible.

import { Case } from '../format/index.ts';
import type { ResolvedCase } from '../time/types.ts';
import { checkCase } from './checkCase.ts';
import { finish, hasErrors } from './draft.ts';
import { createLocator } from './locate.ts';
import { parseJsonText } from './parseJson.ts';
import type { Problem } from './problem.ts';
import { sortProblems } from './sortProblems.ts';
import { issuesToDrafts } from './zodIssues.ts';

/** Everything the loader needs from one case text. `case` and `resolved` are null unless there is no error. */
export interface CaseCheck {
  case: Case | null;
  /** The case as parsed whenever its structure is valid, even if later checks found errors. */
  parsed: Case | null;
  resolved: ResolvedCase | null;
  problems: Problem[];
}

/** Validates a case file; `case` is the parsed case when there are no errors (warnings allowed), else null. */
export function validateCaseText(
  text: string,
  file: string,
): { case: Case | null; problems: Problem[] } {
  const { case: c, problems } = checkCaseText(text, file);
  return { case: c, problems };
}

/** Like validateCaseText, and also hands back the resolved times so callers need not resolve twice. */
export function checkCaseText(text: string, file: string): CaseCheck {
  const parsed = parseJsonText(text);
  const locator = createLocator(parsed.body);
  const fail = (drafts: typeof parsed.drafts): CaseCheck => ({
    case: null,
    parsed: null,
    resolved: null,
    problems: sortProblems(finish(drafts, file, locator)),
  });
  if (!parsed.ok) return fail(parsed.drafts);

  const result = Case.safeParse(parsed.value);
  if (!result.success)
    return fail([...parsed.drafts, ...issuesToDrafts(result.error.issues, Case, parsed.value)]);

  const { drafts, resolved } = checkCase(result.data);
  const problems = sortProblems(finish([...parsed.drafts, ...drafts], file, locator));
  return hasErrors(problems) || !resolved
    ? { case: null, parsed: result.data, resolved: null, problems }
    : { case: result.data, parsed: result.data, resolved, problems };
}
