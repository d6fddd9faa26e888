// A case file written the way the repository's formatter (Prettier, printWidth 100) writes JSON, so a
// file that comes back from the editor unchanged is byte-identical and an edit diffs as that edit.
// Key order is the value's own: the editor keeps a file's order and inserts new keys in schema order.

/** Line width the repository's Prettier configuration uses. */
export const PRINT_WIDTH = 100;

const INDENT = '  ';

/** Serialises a JSON value: 2-space indent, objects one key a line, short lists on one line, final newline. */
export function printJson(value: unknown): string {
  return `${printValue(value, '', 0)}\n`;
}

/**
 * One value; `indent` is the indentation of the line it starts on and `tail` the width of what
 * follows it on that line (a comma), which Prettier counts when deciding whether a list fits.
 */
function printValue(value: unknown, indent: string, lead: number, tail = 0): string {
  if (Array.isArray(value)) return printArray(value, indent, lead, tail);
  if (typeof value === 'object' && value !== null) return printObject(value, indent);
  return printScalar(value);
}

function printScalar(value: unknown): string {
  // undefined never reaches here from a JSON value; null stands in for it rather than dropping text.
  return JSON.stringify(value) ?? 'null';
}

function printObject(obj: object, indent: string): string {
  const entries = Object.entries(obj).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  const inner = indent + INDENT;
  const lines = entries.map(([k, v], i) => {
    const key = `${JSON.stringify(k)}: `;
    const comma = i < entries.length - 1 ? 1 : 0;
    return `${inner}${key}${printValue(v, inner, inner.length + key.length, comma)}${comma ? ',' : ''}`;
  });
  return `{\n${lines.join('\n')}\n${indent}}`;
}

/** True when a value prints on one line (scalars and lists of scalars; objects always break). */
function isFlat(v: unknown): boolean {
  if (Array.isArray(v)) return v.every((x) => typeof x !== 'object' || x === null);
  return typeof v !== 'object' || v === null;
}

function printArray(arr: readonly unknown[], indent: string, lead: number, tail: number): string {
  const items = arr.filter((v) => v !== undefined);
  if (items.length === 0) return '[]';
  if (items.every(isFlat) && items.every((v) => !Array.isArray(v))) {
    const oneLine = `[${items.map(printScalar).join(', ')}]`;
    if (lead + oneLine.length + tail <= PRINT_WIDTH) return oneLine;
  }
  const inner = indent + INDENT;
  const lines = items.map((v, i) => {
    const comma = i < items.length - 1 ? 1 : 0;
    return `${inner}${printValue(v, inner, inner.length, comma)}${comma ? ',' : ''}`;
  });
  return `[\n${lines.join('\n')}\n${indent}]`;
}
