// The shipped case files, parsed and resolved as the app does: tests check glyphs on real data.
import { readFileSync } from 'node:fs';
import { Case } from '../../../src/core/format/index.ts';
import type { Event } from '../../../src/core/format/index.ts';
import { resolveCase } from '../../../src/core/time/resolve.ts';

/** A shipped case by file name, with its resolved times. */
export function shipped(file: string) {
  const c = Case.parse(JSON.parse(readFileSync(`public/data/cases/${file}`, 'utf8')));
  return { c, rc: resolveCase(c) };
}

/** One event of a case by id; throws so a renamed id fails loudly. */
export function eventOf(c: Case, id: string): Event {
  const e = c.events.find((x) => x.id === id);
  if (!e) throw new Error(`no event ${id} in ${c.id}`);
  return e;
}

/** Every shipped case file name. */
export const SHIPPED = [
  '000-marina.json',
  '001-grandma-sun.json',
  '002a-pan-case-1.json',
  '002b-pan-case-2.json',
  '003-zhou.json',
  '004-kong.json',
];
