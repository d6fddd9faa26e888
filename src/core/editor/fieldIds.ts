// Where a validator problem shows in the editor: every form field's element id is made from the
// same path the validator writes, so a problem finds its field without a table of names.
import { pathText, type Path } from './path.ts';

/** Element id of the form field (or group of fields) for a path. */
export function fieldId(path: Path | string): string {
  return `field:${typeof path === 'string' ? path : pathText(path)}`;
}

/** Parent paths of a validator path, nearest first: "events[2].time.from" → "events[2].time", … "". */
export function parentPaths(path: string): string[] {
  const out: string[] = [];
  let p = path;
  while (p !== '') {
    p = p.replace(/(\[\d+\]|\.?[^.[\]]+|\["(?:[^"\\]|\\.)*"\])$/, '');
    out.push(p);
  }
  return out;
}

/** The id of the field a problem at `path` belongs to: its own, else its nearest parent's that exists. */
export function problemFieldId(path: string, exists: (id: string) => boolean): string | null {
  for (const p of [path, ...parentPaths(path)]) if (exists(fieldId(p))) return fieldId(p);
  return null;
}
