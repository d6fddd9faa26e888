// What an export may hold, checked on the element tree before it becomes DOM: text from a case
// file is a text child (never markup), and scripts, foreign content, event handlers and links
// that leave the file are refused with an error naming the element, the attribute and the rule.
import { describe, expect, it } from 'vitest';
import { checkSvgTree, el, textOf } from '../../../src/core/export/index.ts';

const hostile = '</text><script>alert(1)</script>';

describe('el', () => {
  it('keeps hostile words as one text child, rounds numbers and drops absent pieces', () => {
    const node = el('text', { x: 1.23456, y: -0.004 }, hostile, null, false, '', [
      el('tspan', {}, 'b'),
    ]);
    expect(node.children).toEqual([hostile, { tag: 'tspan', attrs: {}, children: ['b'] }]);
    expect(node.attrs).toEqual({ x: 1.23, y: -0 });
    expect(textOf(node)).toBe(`${hostile}b`);
    expect(checkSvgTree(el('svg', {}, node))).toBeTruthy();
  });
});

describe('checkSvgTree', () => {
  const inSvg = (...kids: ReturnType<typeof el>[]) => el('svg', { width: 10 }, el('g', {}, kids));

  it('accepts what the export draws: patterns, clips, same-file url(#…) and #id links', () => {
    const tree = inSvg(
      el('defs', {}, el('pattern', { id: 'p' }, el('rect', { width: 2 }))),
      el('clipPath', { id: 'c' }, el('rect', { width: 2 })),
      el('path', { d: 'M0,0H1', fill: 'url(#p)', 'clip-path': 'url(#c)', href: '#p' }),
      el('text', { 'aria-label': 'javascript is words here' }, hostile),
    );
    expect(checkSvgTree(tree)).toBe(tree);
  });

  it('refuses a script, foreignObject or any element the export does not draw', () => {
    expect(() => checkSvgTree(inSvg(el('script', {}, 'alert(1)')))).toThrow(
      /<script> at \/svg\/g\/script is not allowed/,
    );
    expect(() => checkSvgTree(inSvg(el('foreignObject', {})))).toThrow(/<foreignObject>/);
    expect(() => checkSvgTree(inSvg(el('image', { href: 'https://x.test/a.png' })))).toThrow(
      /<image>/,
    );
  });

  it('refuses event handlers, style and namespace attributes', () => {
    expect(() => checkSvgTree(el('svg', { onload: 'alert(1)' }))).toThrow(
      /attribute onload="alert\(1\)" on \/svg is an event handler/,
    );
    expect(() => checkSvgTree(inSvg(el('rect', { OnClick: 'x' })))).toThrow(/event handler/);
    expect(() => checkSvgTree(inSvg(el('rect', { style: 'fill:red' })))).toThrow(/style/);
    expect(() => checkSvgTree(inSvg(el('rect', { 'x"><script': 1 })))).toThrow(
      /not a plain attribute name/,
    );
  });

  it('refuses javascript: and links or url() that leave the file; allows a data: font', () => {
    expect(() => checkSvgTree(inSvg(el('g', { href: 'javascript:alert(1)' })))).toThrow(
      /href="javascript:alert\(1\)" on \/svg\/g\/g points outside the file/,
    );
    expect(() => checkSvgTree(inSvg(el('g', { 'xlink:href': 'https://x.test/#a' })))).toThrow(
      /points outside the file/,
    );
    expect(() => checkSvgTree(inSvg(el('rect', { fill: 'url(https://x.test/p.svg#a)' })))).toThrow(
      /url\(\) outside the file/,
    );
    expect(() => checkSvgTree(inSvg(el('rect', { 'data-x': 'JavaScript:alert(1)' })))).toThrow(
      /javascript: link/,
    );
    expect(() => checkSvgTree(inSvg(el('g', { href: 'data:text/html;base64,PHA+' })))).toThrow(
      /points outside the file/,
    );
    const font = inSvg(el('g', { href: 'data:font/woff2;base64,d09GMgAB' }));
    expect(checkSvgTree(font)).toBe(font);
  });
});
