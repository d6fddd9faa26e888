// Browser checks of what the scene draws, read from the DOM as a reader sees it: no label covers
// another mark, a bar or another label; nothing runs off a phone's screen.
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { TimelineContext } from './timeline.ts';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
] as const;

interface Collision {
  label: string;
  text: string;
  other: string;
  what: string;
}

// In-page code as a string: tsx would add helpers the page does not have to a real function.
const COLLISIONS = `(() => {
  const svg = document.querySelector('.timeline__svg');
  const rect = (el) => el.getBoundingClientRect();
  const meets = (a, b) =>
    a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
  const owner = (el) => el.closest('[data-mark]')?.getAttribute('data-mark') ?? '';
  const labels = [...svg.querySelectorAll('text.mark__label')].map((el) => ({
    key: el.getAttribute('data-label-for'), text: el.textContent, box: rect(el) }));
  const shapes = [...svg.querySelectorAll('.glyph__shape, .period__bar')].map((el) => ({
    key: owner(el), what: el.classList.contains('period__bar') ? 'bar' : 'glyph', box: rect(el) }));
  const out = [];
  for (const l of labels) {
    for (const s of shapes)
      if (meets(l.box, s.box)) out.push({ label: l.key, text: l.text, other: s.key, what: s.what });
    for (const o of labels)
      if (o !== l && meets(l.box, o.box)) out.push({ label: l.key, text: l.text, other: o.key, what: 'label' });
  }
  return { collisions: out, labels: labels.length };
})()`;

async function openCase(page: Page, url: string, id: string) {
  await page.goto(`${url}#/case/${id}`);
  await page.locator('.timeline__svg [data-mark]').first().waitFor();
}

/** Registers the scene geometry checks: every shipped case at each reader's size, one page per size. */
export async function sceneGeometryChecks({ check, url, cases }: TimelineContext) {
  for (const size of SIZES)
    await check(
      `scene ${size.width}×${size.height}, all ${cases.size} cases: no label covers a glyph, a bar or another label${size.width <= 480 ? '; nothing scrolls sideways' : ''}`,
      async (page) => {
        const found: string[] = [];
        for (const id of cases.keys()) {
          await openCase(page, url, id);
          const { collisions, labels } = (await page.evaluate(COLLISIONS)) as {
            collisions: Collision[];
            labels: number;
          };
          assert.ok(labels > 0, `${id}: the chart draws labels`);
          for (const c of collisions)
            found.push(`${id}: “${c.text}” (${c.label}) covers the ${c.what} of ${c.other}`);
          if (size.width <= 480) {
            const { scroll, inner } = await page.evaluate(() => ({
              scroll: document.documentElement.scrollWidth,
              inner: window.innerWidth,
            }));
            assert.ok(
              scroll <= inner,
              `${id}: the page is ${scroll} px wide on a ${inner} px screen`,
            );
          }
        }
        assert.deepEqual(found, []);
      },
      size,
    );
}
