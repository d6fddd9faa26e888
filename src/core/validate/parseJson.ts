// Step one of validation: text to a JSON value, or a syntax problem with its exact position.

import { error, warning, type Draft } from './draft.ts';
import { scanJson } from './jsonScan.ts';

/** Outcome of parsing: the value (undefined when the text is not JSON) and what was wrong with the text. */
export interface Parsed {
  /** The text as scanned (a byte-order mark replaced by a space, so offsets still match the file). */
  body: string;
  value: unknown;
  ok: boolean;
  drafts: Draft[];
}

/**
 * Parses JSON text. JSON.parse does the work; our own scan explains a failure (the engine's
 * messages vary between versions) and flags repeated keys, which JSON.parse silently collapses.
 */
export function parseJsonText(text: string): Parsed {
  // Editors on Windows may save a byte-order mark; fetch() strips it too.
  const body = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  const drafts: Draft[] = [];
  const syntax = scanJson(body, {
    onDuplicateKey: (path, offset) =>
      drafts.push({
        ...warning(
          'duplicate-key',
          path,
          'each key once per object',
          `"${lastKey(path)}" a second time`,
          'Remove one of the two; only the last one is read.',
        ),
        offset,
      }),
  });
  if (syntax) {
    const d = error('invalid-json', syntax.path, syntax.expected, syntax.found, syntax.fix);
    return { body, value: undefined, ok: false, drafts: [{ ...d, offset: syntax.offset }] };
  }
  try {
    return { body, value: JSON.parse(body) as unknown, ok: true, drafts };
  } catch (e) {
    // Only reachable if the scanner and the engine disagree; report rather than throw.
    const message = e instanceof Error ? e.message : String(e);
    return {
      body,
      value: undefined,
      ok: false,
      drafts: [
        error('invalid-json', '', 'valid JSON', message, 'Check the file with a JSON linter.'),
      ],
    };
  }
}

/** Last key of a path, for messages about that key. */
function lastKey(path: string): string {
  const m = /(?:\.|^)([A-Za-z_$][\w$-]*)$|\[("(?:[^"\\]|\\.)*")\]$/.exec(path);
  if (!m) return path;
  return m[1] ?? (JSON.parse(m[2]!) as string);
}
