// @vitest-environment jsdom
// Hostile SVG through the export's last pass: nothing that runs, embeds or loads may survive.
import { describe, expect, it } from 'vitest';
import { sanitizeSvg } from '../../../src/views/Export/sanitizeSvg.ts';

const HOSTILE = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
  onload="alert(1)" width="10" height="10">
  <script>alert(2)</script>
  <svg:script xmlns:svg="http://www.w3.org/2000/svg">alert(3)</svg:script>
  <foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(4)"/></div></foreignObject>
  <defs><pattern id="hatch" width="4" height="4"><rect width="2" height="4" fill="red"/></pattern></defs>
  <rect id="ok" width="5" height="5" fill="url(#hatch)" onclick="alert(5)" class="mark" style="fill:url(https://evil.example/x)"/>
  <rect width="5" height="5" fill="url(https://evil.example/p.svg#hatch)" mask="url(#missing)"/>
  <use href="https://evil.example/sprite.svg#icon"/>
  <use xlink:href="javascript:alert(6)"/>
  <use href="#ok"/>
  <a href="javascript:alert(7)"><text>link</text></a>
  <image href="https://evil.example/track.png" width="1" height="1"/>
  <animate attributeName="href" to="javascript:alert(8)"/>
  <set attributeName="onmouseover" to="alert(9)"/>
  <style>@import url(https://evil.example/x.css);</style>
  <text x="1" y="2" data-note="javascript:alert(10)">&lt;script&gt;alert(11)&lt;/script&gt;</text>
  <!-- <script>alert(12)</script> -->
  <?xml-stylesheet href="https://evil.example/x.css"?>
  <html:p xmlns:html="http://www.w3.org/1999/xhtml">html</html:p>
</svg>`;

function clean(src: string) {
  const doc = new DOMParser().parseFromString(src, 'image/svg+xml');
  sanitizeSvg(doc.documentElement);
  return { doc, out: new XMLSerializer().serializeToString(doc.documentElement) };
}

describe('sanitizeSvg on hostile input', () => {
  const { doc, out } = clean(HOSTILE);

  it('removes scripts, foreignObject, links, images, animation, style, HTML and comments', () => {
    for (const bad of ['script', 'foreignObject', 'image', 'animate', 'set', 'style', 'a', 'p'])
      expect(doc.getElementsByTagNameNS('*', bad), bad).toHaveLength(0);
    expect(out).not.toMatch(/<!--|<\?xml-stylesheet|alert\((1|2|3|4|5|6|7|8|9|10|12)\)/);
  });

  it('leaves no event handler, class, style string or outside reference', () => {
    const attrs = [...doc.querySelectorAll('*')].flatMap((e) => [...e.attributes]);
    expect(attrs.filter((a) => /^on/i.test(a.name))).toEqual([]);
    expect(attrs.filter((a) => a.name === 'class' || a.name === 'style')).toEqual([]);
    expect(out).not.toMatch(/evil\.example|javascript:/);
    const refs = attrs.filter((a) => /href$/.test(a.name)).map((a) => a.value);
    expect(refs).toEqual(['#ok']);
  });

  it('keeps the drawing: same-file pattern fills, in-file <use>, and data text as text', () => {
    expect(doc.getElementById('ok')!.getAttribute('fill')).toBe('url(#hatch)');
    expect(doc.querySelector('pattern#hatch rect')).not.toBeNull();
    // A fill into another file and a mask to an id the file lacks are both dropped.
    const second = doc.querySelectorAll('rect')[2]!;
    expect(second.hasAttribute('fill')).toBe(false);
    expect(second.hasAttribute('mask')).toBe(false);
    expect(doc.querySelectorAll('use')).toHaveLength(1);
    const text = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(text).toContain('<script>alert(11)</script>');
    expect(out).toContain('&lt;script&gt;alert(11)&lt;/script&gt;');
  });
});
