// Reads the zod schema itself, so messages can use its descriptions, enum values and key lists
// instead of repeating them here. Only the schema shapes the case format uses are handled.

import { z } from '../format/zod.ts';
import { andList, quoteList } from './words.ts';

/** A zod schema, as the readers here take it. */
export type Schema = z.core.$ZodType;

/** The parts of a zod schema's definition the case format's shapes use. */
export interface SchemaDef {
  type: string;
  innerType?: Schema;
  element?: Schema;
  shape?: Record<string, Schema>;
  options?: Schema[];
  discriminator?: string;
  values?: unknown[];
  entries?: Record<string, unknown>;
  format?: string;
  in?: Schema;
  checks?: Array<{ _zod: { def: { check: string; maximum?: number } } }>;
}

/** A schema's definition, read through the fields above (zod keeps it untyped here). */
export const defOf = (s: Schema): SchemaDef => s._zod.def as unknown as SchemaDef;

const WRAPPERS = new Set([
  'optional',
  'nullable',
  'default',
  'prefault',
  'readonly',
  'nonoptional',
  'catch',
]);

/** The schema under optional/default wrappers. */
export function unwrap(s: Schema): Schema {
  let cur = s;
  for (let d = defOf(cur); WRAPPERS.has(d.type) && d.innerType; d = defOf(cur)) cur = d.innerType;
  return cur;
}

/** The description given with .meta() or .describe(), looking through wrappers. */
export function descriptionOf(s: Schema | undefined): string | undefined {
  for (let cur = s; cur;) {
    const meta = z.globalRegistry.get(cur);
    if (meta?.description) return meta.description;
    const d = defOf(cur);
    cur = WRAPPERS.has(d.type) ? d.innerType : undefined;
  }
  return undefined;
}

/** True when the field may be left out. */
export function isOptional(s: Schema): boolean {
  return defOf(s).type === 'optional';
}

/** The object variant of a union that the data selects (by discriminator, else by shape). */
export function pickVariant(s: Schema, data: unknown): Schema {
  const inner = unwrap(s);
  const d = defOf(inner);
  if (d.type !== 'union' || !d.options) return inner;
  const options = d.options.map(unwrap);
  if (d.discriminator && isRecord(data)) {
    const tag = data[d.discriminator];
    const hit = options.find((o) =>
      literalValues(defOf(o).shape?.[d.discriminator!]).includes(tag),
    );
    if (hit) return hit;
  }
  const wantObject = isRecord(data);
  return options.find((o) => (defOf(o).type === 'object') === wantObject) ?? inner;
}

/** The schema that applies at `path` inside `data`, or undefined when the path leaves the schema. */
export function schemaAt(
  root: Schema,
  path: readonly PropertyKey[],
  data: unknown,
): Schema | undefined {
  let s: Schema | undefined = root;
  let value = data;
  for (const step of path) {
    if (!s) return undefined;
    const d = defOf(pickVariant(s, value));
    if (d.type === 'object' && typeof step === 'string') s = d.shape?.[step];
    else if (d.type === 'array' && typeof step === 'number') s = d.element;
    else return undefined;
    value =
      isRecord(value) || Array.isArray(value)
        ? (value as Record<PropertyKey, unknown>)[step]
        : undefined;
  }
  return s;
}

/** Keys an object at this place may have (for a union: the variant the data selects). */
export function allowedKeys(s: Schema, data: unknown): string[] {
  return Object.keys(defOf(pickVariant(s, data)).shape ?? {});
}

/** Values a literal or enum schema accepts; [] for anything else. */
export function literalValues(s: Schema | undefined): unknown[] {
  if (!s) return [];
  const d = defOf(unwrap(s));
  if (d.type === 'literal') return d.values ?? [];
  if (d.type === 'enum') return Object.values(d.entries ?? {});
  return [];
}

/** The kind of value a schema wants, in plain words: "text", "a whole number", 'one of "a", "b"'. */
export function describeSchema(s: Schema | undefined): string {
  if (!s) return 'a value';
  const inner = unwrap(s);
  const d = defOf(inner);
  switch (d.type) {
    case 'string':
      return 'text';
    case 'number':
      return d.format === 'safeint' ? 'a whole number' : 'a number';
    case 'boolean':
      return 'true or false';
    case 'literal':
    case 'enum': {
      const values = literalValues(inner);
      return values.length === 1 ? quoteList(values) : `one of ${quoteList(values)}`;
    }
    case 'array':
      return 'a list';
    case 'object':
      return describeObject(requiredKeys(inner));
    case 'union': {
      const options = (d.options ?? []).map(unwrap);
      if (d.discriminator) {
        const tag = d.discriminator;
        const shared = options.map(requiredKeys).reduce((a, b) => a.filter((k) => b.includes(k)));
        const tags = options.flatMap((o) => literalValues(defOf(o).shape?.[tag]));
        const rest = shared.filter((k) => k !== tag).map((k) => `"${k}"`);
        return `an object with ${andList([`"${tag}" (one of ${quoteList(tags)})`, ...rest])}`;
      }
      const words = options.map(describeSchema);
      return words.length === 2 ? `either ${words[0]}, or ${words[1]}` : andList(words, 'or');
    }
    case 'pipe':
      return describeSchema(d.in);
    default:
      return 'a value';
  }
}

/** Keys that must be present on an object schema, in schema order. */
function requiredKeys(s: Schema): string[] {
  const shape = defOf(s).shape ?? {};
  return Object.keys(shape).filter((k) => !isOptional(shape[k]!));
}

/** 'an object with "scale" and "value"'. */
function describeObject(keys: string[]): string {
  return keys.length === 0 ? 'an object' : `an object with ${andList(keys.map((k) => `"${k}"`))}`;
}

/** True for plain JSON objects (not lists, not null). */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
