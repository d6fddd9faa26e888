import { describe, expect, it } from 'vitest';
import { withBootTag } from '../../scripts/bootScript.ts';

describe('the boot script tag in index.html', () => {
  const html = `<head>\n    <title>Caselines</title>\n    <link rel="preload" href="x" />\n    <script type="module" src="./a.js"></script>\n  </head>`;

  it('goes right after the title, before every other script and preload', () => {
    const out = withBootTag(html, '<script src="./assets/boot-1.js"></script>');
    expect(out.indexOf('boot-1.js')).toBeGreaterThan(out.indexOf('</title>'));
    expect(out.indexOf('boot-1.js')).toBeLessThan(out.indexOf('rel="preload"'));
    expect(out.indexOf('boot-1.js')).toBeLessThan(out.indexOf('type="module"'));
  });

  it('refuses a page without a title rather than dropping the tag', () => {
    expect(() => withBootTag('<head></head>', '<script></script>')).toThrow(/title/);
  });
});
