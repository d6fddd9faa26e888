// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { withFirstScreens } from '../../scripts/firstScreens.ts';
import { LANDING_TEMPLATE, PICTURES_META, picturedCases } from '../../src/boot/prerenderFiles.ts';

const built = `<head>\n    <title>Caselines</title>\n    ${PICTURES_META}\n    <script src="./assets/boot-1.js"></script>\n  </head>\n  <body>\n    <div id="root"></div>\n  </body>`;
const landing = '<header class="site-header">Caselines</header><div class="card">Zhou</div>';

/** The page as a browser parses it. */
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('index.html names the first screens the build drew', () => {
  it('names the pictured cases on the pictures meta tag, which stays ahead of the boot script', () => {
    const out = withFirstScreens(built, ['003-zhou', '000-marina'], landing);
    expect(picturedCases(parse(out))).toEqual(['003-zhou', '000-marina']);
    expect(out.indexOf('caselines-pictures')).toBeLessThan(out.indexOf('boot-1.js'));
  });

  it('drops an id that is not safe as a folder name', () => {
    const out = withFirstScreens(built, ['003-zhou', '"><script>x</script>'], null);
    expect(picturedCases(parse(out))).toEqual(['003-zhou']);
    expect(out).not.toContain('<script>x');
  });

  it('carries the landing as a template before #root: parsed, not shown', () => {
    const doc = parse(withFirstScreens(built, [], landing));
    const template = doc.getElementById(LANDING_TEMPLATE) as HTMLTemplateElement;
    expect(template.nextElementSibling?.id).toBe('root');
    expect(template.content.querySelector('.card')?.textContent).toBe('Zhou');
    // Nothing of it is in the document itself until the boot script copies it.
    expect(doc.querySelector('.card')).toBeNull();
  });

  it('rewritten again (a site copy of a build) holds one meta tag and one template, both new', () => {
    const once = withFirstScreens(built, ['a'], landing);
    const twice = withFirstScreens(once, ['a', 'b'], landing.replace('Zhou', 'Kong'));
    const doc = parse(twice);
    expect(doc.querySelectorAll('meta[name="caselines-pictures"]')).toHaveLength(1);
    expect(doc.querySelectorAll('template')).toHaveLength(1);
    expect(picturedCases(doc)).toEqual(['a', 'b']);
    expect((doc.querySelector('template') as HTMLTemplateElement).content.textContent).toContain(
      'Kong',
    );
  });

  it('refuses a page it cannot name them in', () => {
    expect(() => withFirstScreens('<head></head><div id="root"></div>', [], null)).toThrow(/meta/);
    expect(() => withFirstScreens(`${PICTURES_META}<main></main>`, [], landing)).toThrow(/root/);
  });
});
