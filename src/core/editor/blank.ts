// New items for a draft, made from the case schema: only what the format requires, left empty, so
// the validator shows the curator what is still to fill in. Nothing clinical is pre-filled.
import { Case, Event, FORMAT_VERSION } from '../format/index.ts';
import { defOf, literalValues, schemaAt, unwrap, type Schema } from '../validate/schemaAt.ts';
import type { Path } from './path.ts';

/**
 * The least value a schema accepts the shape of: required object keys (recursively), empty lists,
 * empty text; a union takes its first variant, or the one whose discriminator is `tag`. Enums,
 * numbers and yes/no stay out (undefined): the curator picks them, the validator asks for them.
 */
export function blankFor(schema: Schema, tag?: string): unknown {
  const s = unwrap(schema);
  const d = defOf(s);
  switch (d.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(d.shape ?? {})) {
        if (defOf(v).type === 'optional') continue;
        const b = blankFor(v);
        if (b !== undefined) out[k] = b;
      }
      return out;
    }
    case 'union': {
      const options = (d.options ?? []).map(unwrap);
      const key = d.discriminator;
      const hit =
        (key && tag !== undefined
          ? options.find((o) => literalValues(defOf(o).shape?.[key]).includes(tag))
          : undefined) ?? options[0];
      return hit ? blankFor(hit) : undefined;
    }
    case 'literal':
      return literalValues(s)[0];
    case 'array':
      return [];
    case 'string':
      return '';
    default:
      return undefined;
  }
}

/** A blank item for the list at `path` in `doc` (an event of `kind`, a source, a point…). */
export function blankItem(doc: unknown, path: Path, kind?: string): unknown {
  const list = schemaAt(Case, path, doc);
  const element = list ? defOf(unwrap(list)).element : undefined;
  return element ? blankFor(element, kind) : '';
}

/** Event kinds the format knows, in its order (new kinds appear here when the format adds them). */
export const EVENT_KINDS: readonly string[] = (defOf(unwrap(Event)).options ?? []).flatMap((o) =>
  literalValues(defOf(unwrap(o)).shape?.kind).map(String),
);

/** A new empty case: the format's required parts, dated today, with the schema address given. */
export function newCaseDraft(today: string, schemaAddress?: string): Record<string, unknown> {
  const blank = blankFor(Case) as Record<string, unknown>;
  return {
    ...(schemaAddress ? { $schema: schemaAddress } : {}),
    ...blank,
    formatVersion: FORMAT_VERSION,
    curation: { curatedOn: today, notes: [] },
  };
}

/** A fresh id for a new item: `stem-1`, `stem-2`… skipping ids already taken. */
export function freshId(stem: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base =
    stem
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'item';
  for (let n = 1; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}
