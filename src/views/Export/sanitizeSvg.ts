// The last pass over an exported SVG before it is serialised: whatever the drawing holds, the
// file keeps only allowed SVG elements and safe attributes, and every reference stays inside it.
import {
  isAllowedElement,
  isSafeAttribute,
  localReference,
  referencedIds,
} from '../../core/export/sanitize.ts';

/** Namespace of SVG elements. */
export const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Removes, in place, every element that is not allowed SVG (scripts, foreignObject, HTML, and
 * their content), every unsafe attribute (on*, external or scriptable references, classes, style
 * strings), and every reference to an id the file does not hold. Returns the root for chaining.
 */
export function sanitizeSvg(root: Element): Element {
  const walk = (el: Element) => {
    for (const child of [...el.children]) {
      if (child.namespaceURI !== SVG_NS || !isAllowedElement(child.localName)) child.remove();
      else walk(child);
    }
    for (const attr of [...el.attributes])
      if (!isSafeAttribute(attr.name, attr.value)) el.removeAttributeNode(attr);
  };
  walk(root);
  // Comments and processing instructions cannot run, but nothing in them is needed either.
  const junk: Node[] = [];
  const it = root.ownerDocument.createNodeIterator(root, 0x80 | 0x40); // comments, PIs
  for (let n = it.nextNode(); n; n = it.nextNode()) junk.push(n);
  junk.forEach((n) => n.parentNode?.removeChild(n));
  // A reference to an id outside the file would render differently (or not at all) elsewhere.
  const ids = new Set([...root.querySelectorAll('[id]')].map((e) => e.id));
  for (const el of [root, ...root.querySelectorAll('*')])
    for (const attr of [...el.attributes]) {
      const refs = referencedIds(attr.name, attr.value);
      if (refs.some((id) => !ids.has(id))) el.removeAttributeNode(attr);
    }
  for (const use of [...root.querySelectorAll('use')]) {
    const href = use.getAttribute('href') ?? use.getAttribute('xlink:href');
    if (!href || localReference(href) === null) use.remove();
  }
  return root;
}
