// The built app under its strict Content-Security-Policy, sent as a header as docs/hosting.md
// asks (and present as a meta tag in index.html): loading, zooming and opening a file must not
// trip a single violation.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { CONTENT_SECURITY_POLICY, headerPolicy } from '../../scripts/csp.ts';
import { serveStatic } from './server.ts';
import { pasteCase } from './landing.ts';
import type { TimelineContext } from './timeline.ts';

/** What the CSP checks need beyond the runner's `check`: the built app's folder and sub-path. */
export interface CspContext extends Pick<TimelineContext, 'check' | 'caseById'> {
  root: string;
  prefix: string;
}

/** Starts recording CSP violations before any page script runs. */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

/** Every CSP check; serves the build itself with the policy header. */
export async function cspChecks({ check, caseById, root, prefix }: CspContext): Promise<void> {
  const html = readFileSync(join(root, 'index.html'), 'utf8');
  const server = await serveStatic(root, prefix, {
    'content-security-policy': headerPolicy(),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  });
  try {
    await check(
      'the build carries the strict CSP as a meta tag and has no inline script or style',
      async () => {
        assert.ok(
          html.includes(
            `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}"`,
          ),
        );
        assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline <script>');
        assert.doesNotMatch(html, /<style|\sstyle=|\son[a-z]+=/i, 'no inline style or handler');
      },
    );

    await check(
      'under the CSP header: landing, a zoomed case page and the opener raise no violation',
      async (page) => {
        await recordViolations(page);
        await page.goto(`${server.url}#/`);
        await page.locator('#root .card-grid').waitFor();
        await page.goto(`${server.url}#/case/${caseById('zhou').id}`);
        const svg = page.locator('.timeline__svg');
        await svg.waitFor();
        await svg.focus();
        await page.keyboard.press('+');
        await page.keyboard.press('ArrowRight');
        const box = (await svg.boundingBox())!;
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await page.mouse.wheel(0, -300);
        // A reader clicks a glyph in view; a long or open bracket's middle may lie off screen.
        const inView = await page.evaluate(`(() => {
          const plot = document.querySelector('.timeline__svg').getBoundingClientRect();
          for (const g of document.querySelectorAll('.timeline__svg [data-mark] > .glyph')) {
            const r = g.getBoundingClientRect();
            if (r.width > 0 && r.left >= plot.left + 170 && r.right <= plot.right) return g.parentElement.dataset.mark;
          }
          return null;
        })()`);
        assert.ok(inView, 'a mark is in view after zooming');
        await page.locator(`.timeline__svg [data-mark="${String(inView)}"] > .glyph`).click();
        await page
          .getByRole('button', { name: 'Table' })
          .click()
          .catch(() => {});
        await pasteCase(
          page,
          server.url,
          readFileSync('tests/fixtures/valid/minimal-case.json', 'utf8'),
        );
        // A file that opens shows its timeline at once.
        await page.locator('.timeline__svg').waitFor();
        assert.deepEqual(await violations(page), []);
      },
    );
  } finally {
    await server.close();
  }
}
