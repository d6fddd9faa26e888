import { describe, expect, it } from 'vitest';
import {
  isAllowedElement,
  isSafeAttribute,
  localReference,
  referencedIds,
} from '../../../src/core/export/index.ts';

describe('isAllowedElement', () => {
  it('keeps drawing elements and refuses what can run, embed or load', () => {
    for (const ok of ['svg', 'g', 'path', 'text', 'tspan', 'pattern', 'clipPath', 'use', 'title'])
      expect(isAllowedElement(ok), ok).toBe(true);
    for (const bad of [
      'script',
      'SCRIPT',
      'svg:script',
      'foreignObject',
      'iframe',
      'image',
      'a',
      'animate',
      'set',
      'style',
      'feImage',
    ])
      expect(isAllowedElement(bad), bad).toBe(false);
  });
});

describe('isSafeAttribute', () => {
  it('refuses every event handler, however cased', () => {
    for (const name of ['onload', 'onclick', 'ONMOUSEOVER', 'onBegin'])
      expect(isSafeAttribute(name, 'alert(1)'), name).toBe(false);
  });

  it('href keeps only same-document "#id" references', () => {
    expect(isSafeAttribute('href', '#glyph-1')).toBe(true);
    expect(isSafeAttribute('xlink:href', '#p')).toBe(true);
    for (const v of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'https://evil.example/x.svg#p',
      'other.svg#p',
      'data:image/svg+xml,<svg/>',
      '#a b',
      '#"x',
      '',
    ])
      expect(isSafeAttribute('href', v), v).toBe(false);
  });

  it('url() in any value must stay inside the file; script schemes anywhere are refused', () => {
    expect(isSafeAttribute('fill', 'url(#hatch)')).toBe(true);
    expect(isSafeAttribute('clip-path', 'url("#clip")')).toBe(true);
    expect(isSafeAttribute('fill', 'url(https://evil.example/p.svg#x)')).toBe(false);
    expect(isSafeAttribute('mask', 'url(other.svg#m)')).toBe(false);
    expect(isSafeAttribute('aria-label', 'see javascript:alert(1)')).toBe(false);
    expect(isSafeAttribute('data-note', 'data:text/html,hi')).toBe(false);
  });

  it('drops classes, style strings and focus order; keeps geometry, text and data ids', () => {
    expect(isSafeAttribute('class', 'mark')).toBe(false);
    expect(isSafeAttribute('style', 'fill:red')).toBe(false);
    expect(isSafeAttribute('tabindex', '0')).toBe(false);
    expect(isSafeAttribute('d', 'M0,0H10')).toBe(true);
    expect(isSafeAttribute('aria-label', 'CRS grade 1')).toBe(true);
    expect(isSafeAttribute('data-mark', 'crs')).toBe(true);
  });
});

describe('references', () => {
  it('localReference reads "#id" only', () => {
    expect(localReference('#a.b-c_d')).toBe('a.b-c_d');
    expect(localReference('x#a')).toBeNull();
    expect(localReference('#1abc')).toBeNull();
  });

  it('referencedIds finds ids in href and in every url(#…) of a value', () => {
    expect(referencedIds('href', '#g')).toEqual(['g']);
    expect(referencedIds('fill', 'url(#a)')).toEqual(['a']);
    expect(referencedIds('filter', 'url(#a) url("#b")')).toEqual(['a', 'b']);
    expect(referencedIds('fill', 'red')).toEqual([]);
  });
});
