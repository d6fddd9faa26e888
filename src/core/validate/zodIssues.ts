// Turns zod issues into problems a curator can act on: plain expectations, the value found,
// and a concrete fix. Union issues are unpacked so the useful inner error is shown.

import type { z } from 'zod';
import { error, type Draft } from './draft.ts';
import { joinPath } from './problem.ts';
import {
  allowedKeys,
  describeSchema,
  descriptionOf,
  isOptional,
  isRecord,
  schemaAt,
} from './schemaAt.ts';
import { clause, nearest, plural, quoteList, renderFound } from './words.ts';

type Issue = z.core.$ZodIssue;
type Schema = z.core.$ZodType;
type Step = string | number;
/** While mapping: an unknown key remembers the path of the key it likely means. */
type Mapped = Draft & { renameTo?: string };

/** Maps every zod issue for `data` (validated against `root`) to a problem draft. */
export function issuesToDrafts(issues: readonly Issue[], root: Schema, data: unknown): Draft[] {
  const out: Mapped[] = [];
  for (const issue of issues) mapIssue(issue, root, data, out);
  // "lable" both misses "label" and is unknown: the rename fixes both, so say it once.
  const renamedTo = new Set(
    out.flatMap((d) => (d.code === 'unknown-key' && d.renameTo ? [d.renameTo] : [])),
  );
  return out
    .filter((d) => !(d.code === 'missing-field' && renamedTo.has(d.path)))
    .map(({ renameTo: _, ...d }) => d);
}

function mapIssue(issue: Issue, root: Schema, data: unknown, out: Mapped[]): void {
  const steps = issue.path.filter((s): s is Step => typeof s === 'string' || typeof s === 'number');
  const path = joinPath(steps);
  const { present, value } = valueAt(data, steps);
  const found = renderFound(value, present);
  const field = (): Schema | undefined => schemaAt(root, steps, data);

  switch (issue.code) {
    case 'invalid_type':
      if (!present) return void out.push(missing(steps, field()));
      return void out.push(wrongType(path, field(), found));
    case 'invalid_value': {
      if (!present) return void out.push(missing(steps, field()));
      return void out.push(notOneOf('invalid-value', path, issue.values, value, found));
    }
    case 'invalid_union': {
      if (issue.discriminator !== undefined && issue.errors.length === 0 && 'options' in issue) {
        const options = issue.options ?? [];
        if (!present) return void out.push(missing(steps, field(), `one of ${quoteList(options)}`));
        return void out.push(
          notOneOf(`unknown-${issue.discriminator}`, path, options, value, found),
        );
      }
      return unpackUnion(issue, steps, root, data, out, () => wrongType(path, field(), found));
    }
    case 'unrecognized_keys': {
      const allowed = allowedKeys(field() ?? root, value);
      for (const key of issue.keys) out.push(unknownKey(steps, key, allowed));
      return;
    }
    case 'too_small':
    case 'too_big':
      return void out.push(outOfRange(issue, path, value, found, field()));
    case 'invalid_format': {
      const expected = isOwnMessage(issue.message)
        ? issue.message
        : `text matching ${issue.pattern ?? issue.format}`;
      return void out.push(
        error('invalid-format', path, expected, found, `Change it to ${expected}.`),
      );
    }
    case 'custom':
      return void out.push(
        error('invalid-value', path, issue.message, found, `Change it to ${issue.message}.`),
      );
    default:
      return void out.push(error('invalid', path, issue.message, found, 'Correct the value.'));
  }
}

/**
 * A union without a discriminator (e.g. a grade object or "not-reported"): when the value has the
 * shape of one option, its inner issues are the useful ones; otherwise say which shapes are allowed.
 */
function unpackUnion(
  issue: Extract<Issue, { code: 'invalid_union' }>,
  steps: Step[],
  root: Schema,
  data: unknown,
  out: Mapped[],
  fallback: () => Draft,
): void {
  const shapeMatches = issue.errors.find(
    (branch) =>
      branch.length > 0 &&
      !branch.some(
        (i) => i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'invalid_value'),
      ),
  );
  if (!shapeMatches) return void out.push(fallback());
  for (const inner of shapeMatches)
    mapIssue({ ...inner, path: [...steps, ...inner.path] } as Issue, root, data, out);
}

/** A required field that is absent. `expected` overrides the schema's own wording (for discriminators). */
function missing(
  steps: Step[],
  field: Schema | undefined,
  expected = describeSchema(field),
): Draft {
  const key = String(steps[steps.length - 1]);
  const description = descriptionOf(field);
  const fix = description ? `Add "${key}": ${clause(description)}.` : `Add "${key}": ${expected}.`;
  return error('missing-field', joinPath(steps), `"${key}" (${expected})`, 'nothing', fix);
}

/** A value of the wrong JSON type. */
function wrongType(path: string, field: Schema | undefined, found: string): Draft {
  const expected = describeSchema(field);
  return error('wrong-type', path, expected, found, `Change it to ${expected}.`);
}

/** A value outside a fixed list (enum, literal, discriminator); suggests the near one if it looks like a typo. */
function notOneOf(
  code: string,
  path: string,
  values: readonly unknown[],
  value: unknown,
  found: string,
): Draft {
  const list = quoteList(values);
  const strings = values.filter((v): v is string => typeof v === 'string');
  const near = typeof value === 'string' ? nearest(value, strings) : null;
  if (values.length === 1) return error(code, path, list, found, `Change it to ${list}.`);
  // A long list is already in "expected"; repeating it would double the line.
  const fix = near
    ? `Change it to "${near}".`
    : values.length > 7
      ? 'Use one of the values listed.'
      : `Use one of: ${list}.`;
  return error(code, path, `one of ${list}`, found, fix);
}

/** A key the object does not allow; a near allowed key is offered as the likely meaning. */
function unknownKey(holder: Step[], key: string, allowed: string[]): Mapped {
  const near = nearest(key, allowed);
  const fix = near ? `Rename "${key}" to "${near}".` : `Remove "${key}".`;
  const d = error(
    'unknown-key',
    joinPath([...holder, key]),
    `only the keys ${allowed.join(', ')}`,
    JSON.stringify(key),
    fix,
  );
  return near ? { ...d, renameTo: joinPath([...holder, near]) } : d;
}

/** Too short, too long, too small or too large. */
function outOfRange(
  issue: Extract<Issue, { code: 'too_small' | 'too_big' }>,
  path: string,
  value: unknown,
  found: string,
  field: Schema | undefined,
): Draft {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  const leaveOut = field && isOptional(field) ? ', or leave the field out' : '';
  if (issue.origin === 'string') {
    const length = typeof value === 'string' ? value.length : 0;
    if (small) {
      const expected =
        limit === 1 ? 'non-empty text' : `text of at least ${plural(limit, 'character')}`;
      return error('too-short', path, expected, found, `Write the text${leaveOut}.`);
    }
    const expected = `text of at most ${plural(limit, 'character')}`;
    return error(
      'too-long',
      path,
      expected,
      `text of ${plural(length, 'character')}`,
      `Shorten it to ${limit} characters or fewer.`,
    );
  }
  if (issue.origin === 'array') {
    if (small)
      return error(
        'too-short',
        path,
        `a list of at least ${plural(limit, 'item')}`,
        found,
        `Add at least ${plural(limit, 'item')}.`,
      );
    return error(
      'too-long',
      path,
      `a list of at most ${plural(limit, 'item')}`,
      found,
      `Keep at most ${plural(limit, 'item')}.`,
    );
  }
  const noun = issue.origin === 'int' ? 'a whole number' : 'a number';
  const op = small ? (issue.inclusive ? '≥' : '>') : issue.inclusive ? '≤' : '<';
  const expected = `${noun} ${op} ${limit}`;
  return error('out-of-range', path, expected, found, `Use ${expected}${leaveOut}.`);
}

/** True for messages written in the format definition (zod's own start with "Invalid"/"Too"). */
function isOwnMessage(message: string): boolean {
  return !/^(Invalid|Too )/.test(message);
}

/** The value at a path, and whether it is there at all (JSON has no undefined, so absence is exact). */
export function valueAt(
  data: unknown,
  steps: readonly Step[],
): { present: boolean; value: unknown } {
  let cur: unknown = data;
  for (const s of steps) {
    if (
      typeof s === 'number'
        ? !Array.isArray(cur) || s >= cur.length
        : !isRecord(cur) || !Object.hasOwn(cur, s)
    ) {
      return { present: false, value: undefined };
    }
    cur = (cur as Record<Step, unknown>)[s];
  }
  return { present: true, value: cur };
}
