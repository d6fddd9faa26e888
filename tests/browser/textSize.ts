// Smallest drawn text in a page or frame, read from the DOM: every visible text node's computed
// font size times the scale it is drawn at (an SVG viewBox, a CSS transform), in CSS pixels.
import type { Frame, Page } from 'playwright-core';

/** The smallest drawn text under a selector, with what it says. */
export interface SmallestText {
  /** Size in CSS pixels as drawn. */
  px: number;
  /** The text at that size (trimmed), to name it in a failure. */
  text: string;
}

// Plain JavaScript kept as source text: the test runner's transpiler wraps named functions in a
// helper that does not exist inside the page.
const MEASURE = `(sel) => {
  const scaleOf = (el) => {
    if (el instanceof SVGGraphicsElement) {
      const m = el.getScreenCTM();
      if (m) return Math.hypot(m.a, m.b);
    }
    let s = 1;
    for (let a = el; a; a = a.parentElement) {
      const t = getComputedStyle(a).transform;
      if (t && t !== 'none') {
        const m = new DOMMatrix(t);
        s *= Math.hypot(m.a, m.b);
      }
    }
    return s;
  };
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    if (r.width <= 1 || r.height <= 1) return false;
    if (r.right <= 0 || r.bottom <= 0 || r.left >= innerWidth || r.top >= innerHeight) return false;
    for (let a = el; a; a = a.parentElement) {
      const cs = getComputedStyle(a);
      if (cs.display === 'none' || cs.visibility === 'hidden' || cs.opacity === '0') return false;
      if (a.classList.contains('visually-hidden')) return false;
    }
    return true;
  };
  let best = null;
  for (const top of document.querySelectorAll(sel)) {
    const walker = document.createTreeWalker(top, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n.textContent || '').trim();
      const el = n.parentElement;
      if (!text || !el || el.closest('title, desc, style, script, defs')) continue;
      if (!visible(el)) continue;
      const px = parseFloat(getComputedStyle(el).fontSize) * scaleOf(el);
      if (!best || px < best.px) best = { px: Math.round(px * 10) / 10, text: text.slice(0, 40) };
    }
  }
  return best;
}`;

/**
 * Measures every visible text under `root`: a text node's parent element gives the computed font
 * size; an SVG element's screen matrix gives its viewBox and transform scale, an HTML element's
 * ancestors' transforms give theirs. Hidden, off-screen and screen-reader-only text is skipped.
 */
export function smallestText(page: Page | Frame, root: string): Promise<SmallestText | null> {
  return page.evaluate(`(${MEASURE})(${JSON.stringify(root)})`);
}
