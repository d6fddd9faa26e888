// A small JSON tokenizer that walks the text tracking the path of each value. It exists so that
// problems can point at a line and column, and so that syntax errors are explained in plain
// words without depending on the JS engine's JSON.parse messages (which differ between Node versions).
// It is iterative, so deeply nested input cannot overflow the call stack.

import { appendIndex, appendKey } from './paths.ts';
import { joinPath } from './problem.ts';

/** Where and why the text stops being JSON. */
export interface JsonSyntaxError {
  offset: number;
  /** Path of the innermost object or list around the error ("" at the top). */
  path: string;
  expected: string;
  found: string;
  fix: string;
}

/** Callbacks for the positions of keys and values, keyed by path (see joinPath). */
export interface ScanSink {
  onKey?(path: string, offset: number): void;
  onValue?(path: string, offset: number): void;
  onDuplicateKey?(path: string, offset: number): void;
  /** Whether to report positions inside the object or list at `path`; default yes. */
  descend?(path: string): boolean;
}

interface Frame {
  isObject: boolean;
  index: number;
  keys: Set<string> | null;
  /** The container's own path, when tracked. */
  path: string;
  /** Whether positions inside this container are reported (so its members' paths are built). */
  tracked: boolean;
}

type State = 'value' | 'first-value' | 'key' | 'first-key' | 'colon' | 'next' | 'end';

const CUT_SHORT = 'The file is cut short: complete it, or restore it from a copy.';

// Paths in reports stop at this depth: a case file is a few levels deep, and a path through
// thousands of brackets would help nobody and cost memory.
const MAX_REPORTED_DEPTH = 32;
const reportedPath = (steps: ReadonlyArray<string | number>) =>
  joinPath(steps.slice(0, MAX_REPORTED_DEPTH));

/** Scans the whole text; returns the first syntax error, or null when the text is valid JSON. */
export function scanJson(text: string, sink: ScanSink = {}): JsonSyntaxError | null {
  const stack: Frame[] = [];
  // Two ways to know where we are. Inside tracked containers the current path is kept as a string,
  // extended one step at a time. Elsewhere only the steps are kept and joined on demand, so a
  // clean file, or a branch nobody asked about, costs no string building at all.
  const positions = sink.onKey !== undefined || sink.onValue !== undefined;
  const steps: Array<string | number> = [];
  let tracked = positions;
  let current = '';
  const pathNow = () => (tracked ? current : reportedPath(steps));

  let state: State = 'value';
  let i = 0;
  let afterComma = false;
  const fail = (
    expected: string,
    fix: string,
    found = describeAt(text, i),
    at = i,
  ): JsonSyntaxError => ({
    offset: at,
    path: reportedPath(steps.slice(0, -1)),
    expected,
    found,
    fix,
  });
  const close = () => {
    stack.pop();
    steps.pop();
    tracked = stack.length > 0 ? stack[stack.length - 1]!.tracked : positions;
    i++;
    state = stack.length > 0 ? 'next' : 'end';
  };

  for (;;) {
    i = skipSpace(text, i);
    const c = text[i];
    const top = stack[stack.length - 1];
    const wasComma = afterComma;
    afterComma = false;
    switch (state) {
      case 'first-value':
      case 'value': {
        if (c === ']' && state === 'first-value') {
          close();
          break;
        }
        if (c === undefined) {
          return text.trim() === ''
            ? fail('a JSON object', 'Write the case as one JSON object: { … }.', 'an empty file')
            : fail('a value', CUT_SHORT);
        }
        if ((c === ']' || c === '}') && top) {
          return fail(
            'a value',
            wasComma ? `Remove the comma before "${c}".` : 'Write a value after the colon.',
          );
        }
        if (tracked) sink.onValue?.(current, i);
        if (c === '{' || c === '[') {
          const isObject = c === '{';
          tracked = tracked && (sink.descend?.(current) ?? true);
          stack.push({
            isObject,
            index: 0,
            keys: isObject ? new Set() : null,
            path: current,
            tracked,
          });
          steps.push(isObject ? '' : 0);
          if (tracked && !isObject) current = appendIndex(current, 0);
          state = isObject ? 'first-key' : 'first-value';
          i++;
          break;
        }
        const end = scanScalar(text, i);
        if (typeof end !== 'number')
          return fail(end.expected, end.fix, end.found ?? describeAt(text, end.offset), end.offset);
        i = end;
        state = stack.length > 0 ? 'next' : 'end';
        break;
      }
      case 'first-key':
      case 'key': {
        if (c === '}' && state === 'first-key') {
          close();
          break;
        }
        if (c === '}') return fail('a key in double quotes', 'Remove the comma before "}".');
        if (c !== '"') {
          const fix =
            c === undefined
              ? CUT_SHORT
              : c === "'"
                ? 'Use double quotes (") around keys.'
                : 'Put the key in double quotes, e.g. "label".';
          return fail('a key in double quotes', fix);
        }
        const end = scanString(text, i);
        if (typeof end !== 'number')
          return fail(end.expected, end.fix, end.found ?? describeAt(text, end.offset), end.offset);
        const frame = top!;
        const raw = text.slice(i + 1, end - 1);
        const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end)) as string) : raw;
        steps[steps.length - 1] = key;
        tracked = frame.tracked;
        if (tracked) current = appendKey(frame.path, key);
        if (frame.keys!.has(key)) sink.onDuplicateKey?.(pathNow(), i);
        else frame.keys!.add(key);
        if (tracked) sink.onKey?.(current, i);
        i = end;
        state = 'colon';
        break;
      }
      case 'colon': {
        if (c !== ':')
          return fail('":" after the key', 'Put a colon between the key and its value.');
        i++;
        state = 'value';
        break;
      }
      case 'next': {
        const frame = top!;
        const closer = frame.isObject ? '}' : ']';
        if (c === ',') {
          i++;
          afterComma = true;
          if (frame.isObject) state = 'key';
          else {
            frame.index++;
            steps[steps.length - 1] = frame.index;
            tracked = frame.tracked;
            if (tracked) current = appendIndex(frame.path, frame.index);
            state = 'value';
          }
          break;
        }
        if (c === closer) {
          close();
          break;
        }
        if (c === undefined) return fail(`"," or "${closer}"`, CUT_SHORT);
        const startsValue = c === '"' || c === '{' || c === '[' || /[-0-9tfn]/.test(c);
        const fix = startsValue
          ? 'A comma is missing before this: add "," after the previous item.'
          : `Separate items with "," and close with "${closer}".`;
        return fail(`"," or "${closer}"`, fix);
      }
      case 'end': {
        if (c === undefined) return null;
        return fail('the end of the file', 'Remove what follows the last closing bracket.');
      }
    }
  }
}

/** Index of the first character at or after `i` that is not JSON whitespace. */
function skipSpace(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9) i++;
    else return i;
  }
}

interface TokenError {
  offset: number;
  expected: string;
  fix: string;
  /** What to show as found, when not simply the token at `offset`. */
  found?: string;
}

// Sticky patterns match at lastIndex without copying the rest of the text.
const WORD = /[A-Za-z_$][\w$]*/y;
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
// Control characters are exactly what JSON forbids raw inside text, so the class must name them.
// eslint-disable-next-line no-control-regex
const PLAIN_TEXT = /[^"\\\x00-\x1f]*/y;

/** Matches a sticky pattern at `i`; the matched text, or null. */
function matchAt(re: RegExp, text: string, i: number): string | null {
  re.lastIndex = i;
  return re.exec(text)?.[0] ?? null;
}

/** Scans a string, number or literal starting at `i`; returns the index after it. */
function scanScalar(text: string, i: number): number | TokenError {
  const c = text[i]!;
  if (c === '"') return scanString(text, i);
  if (c === '-' || (c >= '0' && c <= '9')) return scanNumber(text, i);
  const word = matchAt(WORD, text, i) ?? '';
  if (word === 'true' || word === 'false' || word === 'null') return i + word.length;
  return { offset: i, expected: 'a value', fix: valueFix(c, word) };
}

/** Advice for the commonest things people write where JSON wants a value. */
function valueFix(c: string, word: string): string {
  if (c === "'") return 'Use double quotes (") around text.';
  if (c === '+') return 'Remove the "+": JSON numbers have no plus sign.';
  if (c === '.') return 'Write a digit before the decimal point, e.g. 0.5.';
  if (/^(True|False|TRUE|FALSE|Null|NULL|None)$/.test(word))
    return 'Write true, false or null in lower case.';
  if (/^(NaN|Infinity|undefined)$/.test(word))
    return `JSON has no ${word}: leave the field out, or write a number.`;
  if (word !== '') return 'Put text in double quotes.';
  return 'Write a value here: text in double quotes, a number, true, false, null, an object or a list.';
}

/** Scans a string literal starting at the opening quote; returns the index after the closing quote. */
function scanString(text: string, start: number): number | TokenError {
  let i = start + 1;
  for (;;) {
    i += matchAt(PLAIN_TEXT, text, i)!.length;
    const code = text.charCodeAt(i);
    if (code === 34) return i + 1;
    if (Number.isNaN(code) || code === 10 || code === 13) {
      const found = Number.isNaN(code) ? 'the end of the file' : 'the end of the line';
      return {
        offset: i,
        expected: 'a closing double quote',
        found,
        fix: 'Close the text with " on the line where it starts.',
      };
    }
    if (code < 32) {
      const found =
        code === 9
          ? 'a tab character'
          : `the control character U+${code.toString(16).padStart(4, '0')}`;
      return {
        offset: i,
        expected: 'no control characters inside text',
        found,
        fix: 'Write a tab as \\t, or remove the character.',
      };
    }
    // A backslash: one escape.
    const esc = text[i + 1];
    if (esc === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
    else if (esc !== undefined && '"\\/bfnrt'.includes(esc)) i += 2;
    else {
      return {
        offset: i,
        found: JSON.stringify(text.slice(i, i + 2)),
        expected: 'a valid escape (\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX)',
        fix: 'Write a backslash as \\\\.',
      };
    }
  }
}

/** Scans a number; refuses leading zeros and bare decimal points as JSON does. */
function scanNumber(text: string, i: number): number | TokenError {
  const m = matchAt(NUMBER, text, i);
  const end = i + (m?.length ?? 0);
  const next = text[end];
  if (!m || (next !== undefined && /[\w.]/.test(next))) {
    return {
      offset: i,
      expected: 'a number such as 12, -3.5 or 1e6',
      fix: 'Write the number in JSON form: no leading zeros, digits after any decimal point.',
    };
  }
  return end;
}

/** Shows the token at `i` as written: a text in its quotes, a word or number, or one character in quotes. */
function describeAt(text: string, i: number): string {
  if (i >= text.length) return 'the end of the file';
  const head = text.slice(i, i + 40);
  const str = /^"(?:[^"\\\n]|\\.){0,30}"/.exec(head)?.[0];
  if (str) return str;
  const word = /^[\w$.+-]+/.exec(head)?.[0];
  if (word) return word.slice(0, 20);
  const c = text.charAt(i);
  if (c === '\n' || c === '\r') return 'the end of the line';
  return JSON.stringify(c);
}
