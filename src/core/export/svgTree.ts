// An exported drawing as plain data: element nodes with attributes and children, where a string
// child is always text, never markup. The view turns the tree into DOM nodes and serialises it
// (src/views/Export/svgDom.ts), so no part of an export is ever written as markup by hand.

/** One SVG element: its tag, attributes (numbers rounded) and children. */
export interface SvgNode {
  /** Element name in the SVG namespace ("g", "path", "text", …). */
  tag: string;
  /** Attribute name → value; numbers are rounded to hundredths. */
  attrs: Readonly<Record<string, string | number>>;
  /** Child elements and text, in order; a string is text content. */
  children: readonly SvgChild[];
}

/** A child of an element: another element, or text. */
export type SvgChild = SvgNode | string;

/** What `el` accepts as children: nodes, text, nothing, or lists of them (flattened). */
export type SvgKids = SvgChild | null | undefined | false | readonly SvgKids[];

/** A piece of a drawing: elements to place side by side in a parent. */
export type SvgFragment = SvgNode[];

const round = (n: number) => Math.round(n * 100) / 100;

/** Children flattened in order; empty strings and absent pieces dropped. */
export function flatKids(kids: readonly SvgKids[]): SvgChild[] {
  const out: SvgChild[] = [];
  const walk = (k: SvgKids) => {
    if (k === null || k === undefined || k === false || k === '') return;
    if (Array.isArray(k)) (k as readonly SvgKids[]).forEach(walk);
    else out.push(k as SvgChild);
  };
  kids.forEach(walk);
  return out;
}

/** An SVG element node: numbers in attributes rounded, children flattened. */
export function el(
  tag: string,
  attrs: Record<string, string | number>,
  ...kids: SvgKids[]
): SvgNode {
  const a: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(attrs)) a[k] = typeof v === 'number' ? round(v) : v;
  return { tag, attrs: a, children: flatKids(kids) };
}

/** Every element of a tree, the root first, depth first. */
export function* allNodes(node: SvgNode): Generator<SvgNode> {
  yield node;
  for (const c of node.children) if (typeof c !== 'string') yield* allNodes(c);
}

/** The text of a node and all its descendants, in order (as the DOM's textContent). */
export function textOf(node: SvgChild): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join('');
}
