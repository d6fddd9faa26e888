import { describe, expect, it } from 'vitest';
import { withBootStartingApp, withBootTag } from '../../scripts/bootScript.ts';
import { entryScripts } from '../../scripts/initialJs.ts';

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

describe('the app entry the boot script starts', () => {
  const built = `<head>\n    <title>Caselines</title>\n    <script type="module" crossorigin src="./assets/index-A.js"></script>\n    <link rel="modulepreload" crossorigin href="./assets/react-B.js">\n    <link rel="modulepreload" crossorigin href="./assets/search-C.js">\n    <link rel="stylesheet" crossorigin href="./assets/index-D.css">\n  </head>`;
  const out = withBootStartingApp(built, 'assets/boot-1.js');

  it('is named on the boot tag with its preloads, which the page itself no longer requests', () => {
    expect(out).toContain(
      '<script src="./assets/boot-1.js" data-app="./assets/index-A.js" data-preload="./assets/index-A.js ./assets/react-B.js ./assets/search-C.js"></script>',
    );
    expect(out).not.toContain('modulepreload');
    expect(out).not.toContain('type="module"');
    // The stylesheet stays where the build put it.
    expect(out).toContain('<link rel="stylesheet" crossorigin href="./assets/index-D.css">');
  });

  it("still counts as the page's initial JavaScript", () => {
    expect(entryScripts(out)).toEqual([
      'assets/boot-1.js',
      'assets/index-A.js',
      'assets/react-B.js',
      'assets/search-C.js',
    ]);
  });

  it('is required of the build', () => {
    expect(() => withBootStartingApp('<head><title>x</title></head>', 'b.js')).toThrow(/entry/);
  });
});
