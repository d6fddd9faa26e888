// Which computed CSS properties an exported SVG carries as presentation attributes. The app
// styles its charts from class names in a stylesheet; a file opened elsewhere has no stylesheet,
// so each element gets the properties that change how it is painted, and nothing else.

/** Properties that children inherit: written only where they differ from the parent's. */
export const INHERITED_PROPS = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'letter-spacing',
  'paint-order',
  'visibility',
] as const;

/** Properties that do not inherit: written where they differ from their initial value. */
export const OWN_PROPS: Readonly<Record<string, string>> = {
  opacity: '1',
  'dominant-baseline': 'auto',
  'text-decoration-line': 'none',
};

/** Every property the export copies from the computed style. */
export const SVG_STYLE_PROPS: readonly string[] = [...INHERITED_PROPS, ...Object.keys(OWN_PROPS)];

/** A computed style reduced to the properties we copy (property name → value). */
export type StyleMap = Readonly<Record<string, string>>;

/** Generic families that end a font stack: a file read on another machine falls back to one. */
const GENERIC = /(^|,)\s*(sans-serif|serif|monospace|system-ui|cursive|fantasy)\s*$/;

/** The font stack with a generic fallback at its end (sans-serif unless one is there). */
export function withFontFallback(family: string): string {
  const f = family.trim();
  if (!f) return 'system-ui, sans-serif';
  return GENERIC.test(f) ? f : `${f}, sans-serif`;
}

/**
 * A computed paint value as an attribute can hold it: `url("#id")` loses its quotes (some
 * renderers read only the bare form) and references outside this document are dropped.
 */
export function paintValue(value: string): string | null {
  const url = /^url\((["']?)(.*?)\1\)(.*)$/.exec(value.trim());
  if (!url) return value;
  const target = url[2]!;
  const hash = target.indexOf('#');
  // A computed url() may be absolute (page address + #id): keep only same-document fragments.
  if (hash < 0) return null;
  const id = target.slice(hash + 1);
  if (!/^[A-Za-z_][\w.-]*$/.test(id)) return null;
  return `url(#${id})${url[3] ?? ''}`;
}

/**
 * Attribute name/value pairs to write on one element: inherited properties where they differ
 * from the parent's (all of them on the root), own properties where they differ from their
 * initial value. Keeps files small and lets a reader edit a colour in one place.
 */
export function styleAttributes(
  computed: StyleMap,
  parent: StyleMap | null,
): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const prop of INHERITED_PROPS) {
    let v = computed[prop];
    if (v === undefined || v === '') continue;
    if (parent && parent[prop] === v) continue;
    if (prop === 'font-family') v = withFontFallback(v);
    if (prop === 'fill' || prop === 'stroke') {
      const p = paintValue(v);
      if (p === null) continue;
      v = p;
    }
    out.push([prop, v]);
  }
  for (const [prop, initial] of Object.entries(OWN_PROPS)) {
    const v = computed[prop];
    if (v === undefined || v === '' || v === initial) continue;
    out.push([prop === 'text-decoration-line' ? 'text-decoration' : prop, v]);
  }
  return out;
}
