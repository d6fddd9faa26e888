// Edits of a draft as plain operations on an immutable JSON value. Each returns a new root that
// shares every untouched branch, so undo history can keep whole snapshots cheaply.
import { Case } from '../format/index.ts';
import { allowedKeys, schemaAt } from '../validate/schemaAt.ts';
import { getAt, type Path, type Step } from './path.ts';

/** One edit: set (undefined removes an object key), insert into a list, or remove from it. */
export type EditOp =
  | { op: 'set'; path: Path; value: unknown }
  | { op: 'insert'; path: Path; index: number; value: unknown }
  | { op: 'remove'; path: Path };

/** Applies one operation; the input is never changed. */
export function applyOp(doc: unknown, e: EditOp): unknown {
  switch (e.op) {
    case 'set':
      return setAt(doc, e.path, e.value);
    case 'insert': {
      const list = getAt(doc, e.path);
      const items = Array.isArray(list) ? [...(list as unknown[])] : [];
      items.splice(Math.max(0, Math.min(e.index, items.length)), 0, e.value);
      return setAt(doc, e.path, items);
    }
    case 'remove':
      return setAt(doc, e.path, undefined);
  }
}

/**
 * Sets the value at `path`, creating objects on the way. An object key that is new goes where the
 * case schema lists it among the keys present, so a fresh field lands where a curator expects it;
 * undefined removes the key (or the list item).
 */
export function setAt(doc: unknown, path: Path, value: unknown): unknown {
  return setIn(doc, path, 0, value, doc);
}

function setIn(node: unknown, path: Path, i: number, value: unknown, root: unknown): unknown {
  if (i === path.length) return value;
  const step = path[i]!;
  if (typeof step === 'number') {
    const list = Array.isArray(node) ? [...(node as unknown[])] : [];
    const next = setIn(list[step], path, i + 1, value, root);
    if (next === undefined && i === path.length - 1) list.splice(step, 1);
    else list[step] = next;
    return list;
  }
  const obj = typeof node === 'object' && node !== null && !Array.isArray(node) ? node : {};
  const record = obj as Record<string, unknown>;
  const next = setIn(record[step], path, i + 1, value, root);
  if (next === undefined) {
    if (!(step in record)) return obj;
    const copy = { ...record };
    delete copy[step];
    return copy;
  }
  if (step in record) return { ...record, [step]: next };
  return insertKey(record, step, next, keyOrder(root, path.slice(0, i), obj));
}

/** The schema's key order for the object at `path` (the union variant its data selects). */
export function keyOrder(root: unknown, path: readonly Step[], data: unknown): string[] {
  const s = schemaAt(Case, path, root);
  return s ? allowedKeys(s, data) : [];
}

/** Inserts a new key right after the nearest key before it in schema order, else before the nearest after it. */
function insertKey(
  obj: Record<string, unknown>,
  key: string,
  value: unknown,
  order: readonly string[],
): Record<string, unknown> {
  const rank = order.indexOf(key);
  const keys = Object.keys(obj);
  let at = keys.length;
  if (rank >= 0) {
    const before = order
      .slice(0, rank)
      .reverse()
      .find((k) => k in obj);
    const after = order.slice(rank + 1).find((k) => k in obj);
    if (before !== undefined) at = keys.indexOf(before) + 1;
    else if (after !== undefined) at = keys.indexOf(after);
  }
  const out: Record<string, unknown> = {};
  keys.forEach((k, j) => {
    if (j === at) out[key] = value;
    out[k] = obj[k];
  });
  if (at === keys.length) out[key] = value;
  return out;
}

/**
 * `next` written in `old`'s key order: keys both have keep their place, keys only `next` has go in
 * `next`'s order among them. A rebuilt object (a time from the builder) then diffs as its change.
 */
export function keepOrder(old: unknown, next: Record<string, unknown>): Record<string, unknown> {
  if (typeof old !== 'object' || old === null || Array.isArray(old)) return next;
  let out: Record<string, unknown> = {};
  for (const k of Object.keys(old)) if (k in next) out[k] = next[k];
  const order = Object.keys(next);
  for (const k of order) if (!(k in out)) out = insertKey(out, k, next[k], order);
  return out;
}
