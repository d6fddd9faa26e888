// Shared helpers for the curated-library tests: load index.json and the case files from public/data.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  Case,
  LibraryIndex,
  type Event,
  type Series,
  type TimeSpec,
} from '../../src/core/format/index.ts';

/** Absolute path of a file under public/data. */
export const dataPath = (rel: string) =>
  fileURLToPath(new URL(`../../public/data/${rel}`, import.meta.url));

/** The file path a curator would name, relative to the repository root. */
export const repoPath = (rel: string) => `public/data/${rel}`;

export const readData = (rel: string) => readFileSync(dataPath(rel), 'utf8');

export const index: LibraryIndex = LibraryIndex.parse(JSON.parse(readData('index.json')));

/** Raw text of a case file, by case id. */
export function caseText(id: string): string {
  const entry = index.cases.find((c) => c.id === id);
  if (!entry) throw new Error(`case ${id} is not listed in index.json`);
  return readData(entry.file);
}

/** Parsed (and schema-checked) case, by case id. Throws with the zod issues when it does not parse. */
export function loadCase(id: string): Case {
  const result = Case.safeParse(JSON.parse(caseText(id)));
  if (!result.success) throw new Error(`${id}: ${JSON.stringify(result.error.issues, null, 2)}`);
  return result.data;
}

export function eventById(c: Case, id: string): Event {
  const e = c.events.find((x) => x.id === id);
  if (!e) throw new Error(`${c.id}: no event "${id}"`);
  return e;
}

export function eventsOfKind<K extends Event['kind']>(
  c: Case,
  kind: K,
): Array<Extract<Event, { kind: K }>> {
  return c.events.filter((e): e is Extract<Event, { kind: K }> => e.kind === kind);
}

export function seriesById(c: Case, id: string): Series {
  const s = c.measurements.find((x) => x.id === id);
  if (!s) throw new Error(`${c.id}: no series "${id}"`);
  return s;
}

/** The toxicity events of one type. */
export const toxicities = (c: Case, type: string) =>
  eventsOfKind(c, 'toxicity').filter((t) => t.toxicity === type);

/** Every TimeSpec in a case: patient age, event starts and ends, measurement points. */
export function allTimes(c: Case): TimeSpec[] {
  const out: TimeSpec[] = [];
  if (c.patient.age) out.push(c.patient.age.at);
  for (const e of c.events) {
    out.push(e.time);
    if (e.end) out.push(e.end);
  }
  for (const s of c.measurements) for (const p of s.points) out.push(p.time);
  return out;
}

/** Epoch day (days since 1970-01-01 UTC) of an ISO date, computed independently of src/core/time. */
export const epochDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** The ids of the six curated cases, in library order. */
export const CASE_IDS = [
  '000-marina',
  '001-grandma-sun',
  '002a-pan-case-1',
  '002b-pan-case-2',
  '003-zhou',
  '004-kong',
] as const;
