import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { firstScreenCss, withoutStates } from '../../scripts/firstScreenCss.ts';
import { writeFirstScreenSheet } from '../../scripts/firstScreenSheet.ts';
import {
  COHORT_PICTURE,
  LANDING_PICTURE,
  pictureHeadPath,
  PRERENDER_LIST,
} from '../../src/boot/prerenderFiles.ts';

describe('a selector read without its states', () => {
  it.each([
    ['.card:hover .card__title', '.card .card__title'],
    ['a:not(.brand):focus-visible', 'a'],
    ['.case__summary::after', '.case__summary'],
    [':root', '*'],
    ['::selection', '*'],
    ['.site-main:has(> .editor)', '.site-main'],
    ['.facet > :first-child', '.facet > *'],
    ['li:nth-child(2n + 1) > a', 'li > a'],
    [`[data-theme='dark'] .site-header`, `[data-theme='dark'] .site-header`],
    ['a[href$=":x"]:hover', 'a[href$=":x"]'],
    ['.a\\:b', '.a\\:b'],
  ])('%s → %s', (selector, bare) => {
    expect(withoutStates(selector)).toBe(bare);
  });
});

describe('the first screen’s rules of a stylesheet', () => {
  const css = [
    ':root{--bg:#fff}',
    '.card{color:red}',
    '.editor{color:blue}',
    '.card:hover,.editor:focus{outline:1px solid}',
    '@media (max-width:600px){.card{padding:0}.editor{padding:1px}}',
    '@media print{.editor{display:none}}',
    '@font-face{font-family:x;src:url(x.woff2)}',
    '@keyframes spin{from{rotate:0}to{rotate:1turn}}',
    '@layer base, views;',
  ].join('');
  const on = new Set(['*', '.card']);
  const kept = firstScreenCss(css, (s) => on.has(s));

  it('keeps the rules a selector of which matches, states and all, in their order', () => {
    expect(kept).toContain(':root{--bg:#fff}');
    expect(kept).toContain('.card{color:red}');
    expect(kept).toContain('.card:hover,.editor:focus{outline:1px solid}');
    expect(kept.indexOf(':root')).toBeLessThan(kept.indexOf('.card{color:red}'));
  });

  it('keeps a media block with the rules in it that match, and drops one left empty', () => {
    expect(kept).toContain('@media (max-width:600px){.card{padding:0}}');
    expect(kept).not.toContain('@media print');
    expect(kept).not.toContain('.editor{');
  });

  it('keeps other at-rules whole, a keyframe’s steps included', () => {
    expect(kept).toContain('@font-face{font-family:x;src:url(x.woff2)}');
    expect(kept).toContain('@keyframes spin{from{rotate:0}to{rotate:1turn}}');
    expect(kept).toContain('@layer base, views;');
  });
});

describe('a built site’s first-screen stylesheet', () => {
  let site = '';
  afterEach(() => rmSync(site, { recursive: true, force: true }));

  /** A site as the build leaves it: its stylesheet, index.html, and the pictures' files. */
  function builtSite() {
    site = mkdtempSync(join(tmpdir(), 'first-screen-'));
    mkdirSync(join(site, 'assets'));
    mkdirSync(join(site, 'data/prerender/003-zhou'), { recursive: true });
    writeFileSync(
      join(site, 'assets/index-A1.css'),
      [
        '.prerender+#root{visibility:hidden}',
        '.case__head h1{font-size:2rem}',
        '.case__more{color:teal}',
        '.prerender__chart--fit{width:100%}',
        '.card{border:1px solid}',
        '.swimmer-row{height:20px}',
        "[data-theme='dark'] .site-header{background:#000}",
        '.editor{color:blue}',
      ].join('\n'),
    );
    writeFileSync(
      join(site, 'index.html'),
      [
        '<html><head><title>Caselines</title>',
        '    <script src="./assets/boot-1.js" data-app="./assets/index-B2.js"></script>',
        '    <link rel="stylesheet" crossorigin href="./assets/index-A1.css">',
        '  </head><body><div id="root"></div></body></html>',
      ].join('\n'),
    );
    writeFileSync(join(site, 'data', PRERENDER_LIST), JSON.stringify({ ids: ['003-zhou'] }));
    writeFileSync(
      join(site, 'data', pictureHeadPath('003-zhou')),
      JSON.stringify({ title: 'Zhou', summary: 'A case.', file: 'cases/003-zhou.json' }),
    );
    writeFileSync(join(site, 'data', LANDING_PICTURE), '<ul><li class="card">Zhou</li></ul>');
    writeFileSync(join(site, 'data', COHORT_PICTURE), '<div class="swimmer-row"></div>');
    return site;
  }

  it('holds the rules of the case shell (every part), the landing, the cohort and each theme', () => {
    const file = writeFirstScreenSheet(builtSite());
    expect(file).toMatch(/^assets\/first-screen-[0-9a-f]{8}\.css$/);
    const css = readFileSync(join(site, file!), 'utf8');
    for (const rule of [
      '.prerender+#root',
      '.case__head h1',
      '.case__more',
      '.prerender__chart--fit',
      '.card',
      '.swimmer-row',
      "[data-theme='dark'] .site-header",
    ])
      expect(css).toContain(rule);
    expect(css).not.toContain('.editor');
  });

  it('makes it the page’s one stylesheet, after the boot script, which names the whole one', () => {
    const file = writeFirstScreenSheet(builtSite())!;
    const html = readFileSync(join(site, 'index.html'), 'utf8');
    const sheets = [...html.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(sheets).toEqual([`./${file}`]);
    expect(html).toContain(
      '<script src="./assets/boot-1.js" data-css="./assets/index-A1.css" data-app=',
    );
    expect(html.indexOf('boot-1.js')).toBeLessThan(html.indexOf(file));
  });

  it('written again (a site copy of a build) gives the same page', () => {
    writeFirstScreenSheet(builtSite());
    const once = readFileSync(join(site, 'index.html'), 'utf8');
    writeFirstScreenSheet(site);
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toBe(once);
  });

  it('leaves a site without pictures as it was', () => {
    builtSite();
    rmSync(join(site, 'data'), { recursive: true });
    const before = readFileSync(join(site, 'index.html'), 'utf8');
    expect(writeFirstScreenSheet(site)).toBeNull();
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toBe(before);
  });
});
