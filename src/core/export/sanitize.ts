// The rules an exported SVG keeps to, as plain decisions on names and values: nothing in the
// file may run, and nothing may load from elsewhere. The DOM walk that applies them lives in
// src/views/Export; these stay pure so hostile names and values are unit-tested as data.

/** SVG elements an exported drawing may contain; anything else is dropped with its content. */
export const ALLOWED_ELEMENTS: ReadonlySet<string> = new Set([
  'svg',
  'g',
  'defs',
  'title',
  'desc',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'path',
  'text',
  'tspan',
  'pattern',
  'clippath',
  'mask',
  'lineargradient',
  'radialgradient',
  'stop',
  'marker',
  'symbol',
  'use',
]);

/** Attributes that may point somewhere: only a same-document "#id" survives in them. */
const REFERENCE_ATTRS = new Set(['href', 'xlink:href', 'src']);

/** Attributes never copied: the live page's classes, focus order and styles as strings. */
const DROPPED_ATTRS = new Set(['class', 'style', 'tabindex', 'aria-keyshortcuts']);

/** True for an element name (any case, any namespace prefix) the export keeps. */
export function isAllowedElement(name: string): boolean {
  const local = name.toLowerCase().replace(/^.*:/, '');
  return ALLOWED_ELEMENTS.has(local);
}

/** A same-document reference "#id" (an id of letters, digits, "_", "-", "."), else null. */
export function localReference(value: string): string | null {
  const m = /^\s*#([A-Za-z_][\w.-]*)\s*$/.exec(value);
  return m ? m[1]! : null;
}

/**
 * Whether an attribute may stay on an exported element: no event handlers, no scriptable or
 * external references (a `url(...)` value must point inside the file too), no classes or style
 * strings (styles are written as presentation attributes instead).
 */
export function isSafeAttribute(name: string, value: string): boolean {
  const n = name.toLowerCase();
  if (n.startsWith('on')) return false;
  if (DROPPED_ATTRS.has(n)) return false;
  if (n === 'xmlns' || n.startsWith('xmlns:')) return false; // the serializer writes its own
  if (REFERENCE_ATTRS.has(n)) return localReference(value) !== null;
  // Remaining values are data: refuse anything that reads as a script or an outside reference.
  if (/javascript:|vbscript:|data:/i.test(value)) return false;
  const urls = [...value.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)/gi)];
  return urls.every((u) => localReference(u[2]!) !== null);
}

/** Ids referenced by an attribute value: `url(#a)` in paints and clips, `#a` in href. */
export function referencedIds(name: string, value: string): string[] {
  if (REFERENCE_ATTRS.has(name.toLowerCase())) {
    const id = localReference(value);
    return id ? [id] : [];
  }
  return [...value.matchAll(/url\(\s*(['"]?)#([A-Za-z_][\w.-]*)\1\s*\)/g)].map((m) => m[2]!);
}
