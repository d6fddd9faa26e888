// Path strings in the joinPath style ("events[3].time.from"), built one step at a time.

import { joinPath } from './problem.ts';

/** Path of a member of the object at `path`; agrees with joinPath for every key. */
export function appendKey(path: string, key: string): string {
  const step = joinPath([key]);
  return path === '' || step.startsWith('[') ? path + step : `${path}.${step}`;
}

/** Path of an element of the list at `path`. */
export function appendIndex(path: string, index: number): string {
  return `${path}[${index}]`;
}

const LAST_STEP = /(\[\d+\]|\["(?:[^"\\]|\\.)*"\]|\.[A-Za-z_$][\w$-]*|^[A-Za-z_$][\w$-]*)$/;

/** Path of the object or list that holds `path`; "" for top-level members and for "" itself. */
export function parentPath(path: string): string {
  const m = LAST_STEP.exec(path);
  return m ? path.slice(0, m.index) : '';
}
