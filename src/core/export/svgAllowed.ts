// What an exported SVG may hold, checked over the element tree before it becomes DOM: only the
// drawing elements the export uses, no script or foreign content, no event handlers, and no
// reference that leaves the file (which could run code, or taint the canvas a PNG is drawn on).
import type { SvgNode } from './svgTree.ts';

/** The elements an export draws with; anything else is refused. */
export const SVG_TAGS: ReadonlySet<string> = new Set([
  'svg',
  'g',
  'path',
  'rect',
  'text',
  'tspan',
  'title',
  'desc',
  'defs',
  'pattern',
  'clipPath',
]);

const NAME = /^[A-Za-z_][-A-Za-z0-9_.:]*$/;
const SAME_DOC = /^#[-\w.:]+$/;
const DATA_ASSET = /^data:(font\/[-\w.+]+|image\/(png|jpeg|gif|webp));base64,[A-Za-z0-9+/=]+$/;
const URL_REF = /url\(\s*(['"]?)([^)'"]*)\1\s*\)/gi;

/** Why one attribute may not be written, or null when it may. */
function attrProblem(name: string, value: string): string | null {
  if (!NAME.test(name)) return 'is not a plain attribute name';
  const lower = name.toLowerCase();
  if (lower.startsWith('on')) return 'is an event handler';
  if (lower === 'style' || lower.startsWith('xmlns')) return 'is not written by an export';
  if (lower === 'href' || lower === 'xlink:href')
    return SAME_DOC.test(value) || DATA_ASSET.test(value)
      ? null
      : 'points outside the file (only "#id" or a data: font or image)';
  if (/javascript:/i.test(value)) return 'holds a javascript: link';
  for (const [, , ref] of value.matchAll(URL_REF))
    if (!SAME_DOC.test(ref!.trim())) return 'has a url() outside the file (only url(#id))';
  return null;
}

/**
 * Throws when the tree holds an element or attribute an export may not contain, naming the
 * element's path, the attribute and what is allowed; returns the tree unchanged otherwise.
 */
export function checkSvgTree(root: SvgNode): SvgNode {
  const walk = (node: SvgNode, path: string) => {
    const here = `${path}/${node.tag}`;
    if (!SVG_TAGS.has(node.tag))
      throw new Error(
        `Export SVG: <${node.tag}> at ${here} is not allowed; an export draws only with ${[...SVG_TAGS].join(', ')}.`,
      );
    for (const [name, v] of Object.entries(node.attrs)) {
      const problem = attrProblem(name, String(v));
      if (problem)
        throw new Error(`Export SVG: attribute ${name}="${String(v)}" on ${here} ${problem}.`);
    }
    for (const c of node.children) if (typeof c !== 'string') walk(c, here);
  };
  walk(root, '');
  return root;
}
