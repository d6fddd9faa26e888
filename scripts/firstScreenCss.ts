// The first screen's stylesheet: of the app's stylesheet, the rules that can style what the build's
// pictures show, in their order. The page waits for it alone before its first paint; the whole
// stylesheet (52 kB, most of it for views no picture shows) follows with the app's code.
// A rule is kept when any of its selectors, read with every state taken out (:hover, ::before,
// :not(…) …), matches an element of a picture: loose on purpose, since a rule kept that did not
// need to be costs bytes, and a rule dropped that was needed would move the picture.
import postcss, { type AtRule, type Container } from 'postcss';

/** At-rules whose contents are rules to test, not rules of their own (kept if any inner rule is). */
const GROUPS = new Set(['media', 'supports', 'container', 'layer', 'scope', 'starting-style']);

/**
 * `selector` with its pseudo-classes and pseudo-elements taken out, arguments and all; "*" where
 * nothing is left (":root", "::selection"). Quoted text and attribute selectors are kept as written.
 */
export function withoutStates(selector: string): string {
  let out = '';
  let i = 0;
  while (i < selector.length) {
    const c = selector[i]!;
    if (c === '[' || c === '"' || c === "'") {
      const end = closing(selector, i);
      out += selector.slice(i, end);
      i = end;
    } else if (c === '\\') {
      out += selector.slice(i, i + 2);
      i += 2;
    } else if (c === ':') {
      i += selector[i + 1] === ':' ? 2 : 1;
      while (i < selector.length && /[\w-]/.test(selector[i]!)) i += 1;
      if (selector[i] === '(') i = closing(selector, i);
    } else {
      out += c;
      i += 1;
    }
  }
  const left = out.trim();
  // A combinator left hanging by a state taken out ("a > :hover" → "a >") matches any child.
  return left === '' ? '*' : /[>+~]$/.test(left) ? `${left} *` : left;
}

/** The index just past what opens at `at` ("[…]", "(…)", or a quoted string), nesting counted. */
function closing(text: string, at: number): number {
  const open = text[at]!;
  if (open === '"' || open === "'") {
    let i = at + 1;
    while (i < text.length && text[i] !== open) i += text[i] === '\\' ? 2 : 1;
    return Math.min(i + 1, text.length);
  }
  const close = open === '[' ? ']' : ')';
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'") i = closing(text, i) - 1;
    else if (c === open) depth += 1;
    else if (c === close && --depth === 0) return i + 1;
  }
  return text.length;
}

/**
 * Of the stylesheet `css`, the rules the first screen needs: those with a selector that
 * `matches` (given the selector without states), in their order, inside the same at-rules. Other
 * at-rules (@font-face, @keyframes, @property …) are kept whole.
 */
export function firstScreenCss(css: string, matches: (selector: string) => boolean): string {
  const root = postcss.parse(css);
  const prune = (container: Container) => {
    for (const node of [...(container.nodes ?? [])]) {
      if (node.type === 'rule') {
        if (!node.selectors.some((s) => matches(withoutStates(s)))) node.remove();
      } else if (node.type === 'atrule' && GROUPS.has((node as AtRule).name.toLowerCase())) {
        prune(node);
        // A block left empty goes; a statement ("@layer a, b;") has no block and stays.
        if (node.nodes?.length === 0) node.remove();
      }
    }
  };
  prune(root);
  return root.toString();
}
