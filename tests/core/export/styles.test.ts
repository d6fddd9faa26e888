import { describe, expect, it } from 'vitest';
import {
  paintValue,
  styleAttributes,
  SVG_STYLE_PROPS,
  withFontFallback,
} from '../../../src/core/export/index.ts';

const root = {
  fill: 'rgb(27, 31, 36)',
  stroke: 'none',
  'stroke-width': '1px',
  'font-family': 'system-ui, sans-serif',
  'font-size': '12px',
  opacity: '1',
  'dominant-baseline': 'auto',
};

describe('styleAttributes', () => {
  it('copies only whitelisted properties: layout, pointer and animation styles stay behind', () => {
    const attrs = styleAttributes(
      { ...root, cursor: 'pointer', transition: 'all 1s', 'pointer-events': 'none', width: '9px' },
      null,
    );
    const names = attrs.map(([n]) => n);
    expect(names).toEqual(['fill', 'stroke', 'stroke-width', 'font-family', 'font-size']);
    expect(names.every((n) => SVG_STYLE_PROPS.includes(n))).toBe(true);
  });

  it('writes an inherited property only where it differs from the parent', () => {
    const child = { ...root, fill: 'rgb(213, 94, 0)' };
    expect(styleAttributes(child, root)).toEqual([['fill', 'rgb(213, 94, 0)']]);
    expect(styleAttributes(root, root)).toEqual([]);
  });

  it('writes own properties (opacity, baseline) only when not at their initial value', () => {
    const faded = { ...root, opacity: '0.4', 'dominant-baseline': 'middle' };
    expect(styleAttributes(faded, root)).toEqual([
      ['opacity', '0.4'],
      ['dominant-baseline', 'middle'],
    ]);
  });

  it('keeps same-document pattern fills and drops fills that point at another file', () => {
    const hatched = { ...root, fill: 'url("http://127.0.0.1/app/#tl-hatch-crs")' };
    expect(styleAttributes(hatched, root)).toEqual([['fill', 'url(#tl-hatch-crs)']]);
    const outside = { ...root, stroke: 'url("https://evil.example/x.svg")' };
    expect(styleAttributes(outside, root)).toEqual([]);
  });
});

describe('paintValue and withFontFallback', () => {
  it('paintValue: colours pass, url() loses quotes and page address, bad ids are refused', () => {
    expect(paintValue('rgb(0, 114, 178)')).toBe('rgb(0, 114, 178)');
    expect(paintValue("url('#a-b_c.1') none")).toBe('url(#a-b_c.1) none');
    expect(paintValue('url("#x\\" onload=alert(1)")')).toBeNull();
  });

  it('withFontFallback ends every stack in a generic family', () => {
    expect(withFontFallback('"Segoe UI", Roboto')).toBe('"Segoe UI", Roboto, sans-serif');
    expect(withFontFallback('Georgia, serif')).toBe('Georgia, serif');
    expect(withFontFallback('')).toBe('system-ui, sans-serif');
  });
});
