/** The element standing for a mark: its glyph in the chart, or its row's Details button in the table. */
export function markElement(scope: Element | null, key: string): HTMLElement | SVGElement | null {
  if (!scope) return null;
  // Compared as attributes, not in a selector: keys such as "car-copies[0]" need no escaping.
  for (const el of scope.querySelectorAll<HTMLElement | SVGElement>('[data-mark]'))
    if (el.getAttribute('data-mark') === key) return el;
  for (const row of scope.querySelectorAll('[data-mark-row]'))
    if (row.getAttribute('data-mark-row') === key) return row.querySelector('button');
  return null;
}
