// Paths into a draft: the same steps the validator's problem paths are made of.
import { joinPath } from '../validate/problem.ts';

/** One step into a JSON value: an object key or a list index. */
export type Step = string | number;

/** A path from the root of a case draft to one value. */
export type Path = readonly Step[];

/** The validator's way of writing a path ("events[3].time.from"), used for field ids too. */
export const pathText = (path: Path): string => joinPath(path);

/** Reads the value at `path`, or undefined when the path leaves the value. */
export function getAt(doc: unknown, path: Path): unknown {
  let cur = doc;
  for (const step of path) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<Step, unknown>)[step];
  }
  return cur;
}
