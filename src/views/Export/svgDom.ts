// The one way an export's element tree becomes a file: checked against what an export may hold
// (checkSvgTree), built as DOM nodes (createElementNS, setAttribute, text nodes) and written out
// by the browser's XMLSerializer, so every name, attribute and piece of text is escaped by the
// platform and no markup is ever assembled by hand. The SVG download and the PNG both use it.
import { checkSvgTree } from '../../core/export/svgAllowed.ts';
import type { SvgNode } from '../../core/export/svgTree.ts';

/** The SVG namespace every exported element is created in. */
export const SVG_NS = 'http://www.w3.org/2000/svg';

/** The tree as DOM elements of `doc`, in the SVG namespace (checked by the caller, svgFileText). */
function svgElement(node: SvgNode, doc: Document = document): Element {
  const e = doc.createElementNS(SVG_NS, node.tag);
  for (const [name, value] of Object.entries(node.attrs)) e.setAttribute(name, String(value));
  for (const child of node.children)
    e.appendChild(typeof child === 'string' ? doc.createTextNode(child) : svgElement(child, doc));
  return e;
}

/** A standalone SVG file's text from its tree: checked, built through the DOM, serialised. */
export function svgFileText(tree: SvgNode, doc: Document = document): string {
  const root = svgElement(checkSvgTree(tree), doc);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
}
