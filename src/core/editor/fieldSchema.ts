// What form field a place in the case schema needs, read from the format's own definition, so a
// field the format adds (a grade course, a lane, a qualifier) gets its form without editor changes.
import { Case } from '../format/index.ts';
import {
  defOf,
  descriptionOf,
  isOptional,
  literalValues,
  pickVariant,
  schemaAt,
  unwrap,
  type Schema,
} from '../validate/schemaAt.ts';
import { blankFor } from './blank.ts';
import { keepOrder } from './ops.ts';
import type { Path } from './path.ts';

/** One field of an object, in schema order. */
export interface FieldOf {
  key: string;
  optional: boolean;
  description?: string;
}

/** The kind of form a schema place needs. */
export type FieldShape =
  | { type: 'time' }
  | { type: 'tagged'; tag: string; tags: string[]; fields: FieldOf[] }
  | { type: 'choice'; literals: string[]; hasObject: boolean }
  | { type: 'object'; fields: FieldOf[] }
  | { type: 'array'; scalar: boolean }
  | { type: 'enum'; values: Array<string | number> }
  | { type: 'text'; long: boolean }
  | { type: 'number'; integer: boolean }
  | { type: 'boolean' }
  | { type: 'other' };

function fieldsOf(s: Schema): FieldOf[] {
  return Object.entries(defOf(s).shape ?? {}).map(([key, v]) => ({
    key,
    optional: isOptional(v),
    description: descriptionOf(v),
  }));
}

/** True for the format's time (a union on "kind" with an offset among its kinds). */
function isTime(s: Schema): boolean {
  const d = defOf(s);
  return (
    d.type === 'union' &&
    d.discriminator === 'kind' &&
    (d.options ?? []).some((o) => literalValues(defOf(unwrap(o)).shape?.kind).includes('offset'))
  );
}

/** The form a schema needs for `data` (a tagged union's fields follow the tag the data has). */
export function shapeOf(schema: Schema, data: unknown): FieldShape {
  const s = unwrap(schema);
  const d = defOf(s);
  switch (d.type) {
    case 'union': {
      if (isTime(s)) return { type: 'time' };
      const options = (d.options ?? []).map(unwrap);
      if (d.discriminator) {
        const tag = d.discriminator;
        const tags = options.flatMap((o) => literalValues(defOf(o).shape?.[tag]).map(String));
        const variant = pickVariant(s, data);
        const fields = defOf(variant).type === 'object' ? fieldsOf(variant) : [];
        return { type: 'tagged', tag, tags, fields: fields.filter((f) => f.key !== tag) };
      }
      return {
        type: 'choice',
        literals: options.flatMap((o) => literalValues(o).map(String)),
        hasObject: options.some((o) => defOf(o).type === 'object'),
      };
    }
    case 'object':
      return { type: 'object', fields: fieldsOf(s) };
    case 'array': {
      const el = d.element ? defOf(unwrap(d.element)).type : '';
      return { type: 'array', scalar: !['object', 'union', 'array'].includes(el) };
    }
    case 'enum':
    case 'literal':
      return { type: 'enum', values: literalValues(s) as Array<string | number> };
    case 'string': {
      const max = d.checks?.find((c) => c._zod.def.check === 'max_length')?._zod.def.maximum;
      return { type: 'text', long: (max ?? 0) >= 2000 };
    }
    case 'number':
      return { type: 'number', integer: d.format === 'safeint' };
    case 'boolean':
      return { type: 'boolean' };
    default:
      return { type: 'other' };
  }
}

/** The schema at a path of a draft (for a list: its items' schema at `path` + index). */
export function schemaFor(doc: unknown, path: Path): Schema | undefined {
  return schemaAt(Case, path, doc);
}

/** The schema of the value at `step` inside a value of schema `schema` (a union follows `data`). */
export function childSchema(
  schema: Schema,
  step: string | number,
  data: unknown,
): Schema | undefined {
  return schemaAt(schema, [step], data);
}

/** The union variant `data` selects (the schema itself when it is no union). */
export const variantOf = (schema: Schema, data: unknown): Schema => pickVariant(schema, data);

/** A blank new item for a list of schema `schema` (an event of `tag` kind, a point…). */
export function blankElement(schema: Schema, tag?: string): unknown {
  const el = defOf(unwrap(schema)).element;
  return el ? blankFor(el, tag) : '';
}

/**
 * `old` switched to the variant whose tag is `value`: what the old value has and the new variant
 * allows is kept, the new variant's required parts are added blank, the rest is dropped.
 */
export function switchTag(
  schema: Schema,
  tag: string,
  value: string,
  old: unknown,
): Record<string, unknown> {
  const blank = blankFor(schema, value) as Record<string, unknown>;
  const allowed = new Set(Object.keys(defOf(pickVariant(schema, { [tag]: value })).shape ?? {}));
  const prev = typeof old === 'object' && old !== null ? (old as Record<string, unknown>) : {};
  const next: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(prev)) if (allowed.has(k)) next[k] = v;
  for (const [k, v] of Object.entries(blank)) if (!(k in next)) next[k] = v;
  next[tag] = value;
  return keepOrder(prev, next);
}

/** Schema type used by the editor's forms (an opaque zod schema). */
export type FieldSchema = Schema;
