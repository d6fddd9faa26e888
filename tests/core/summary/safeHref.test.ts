// Links from data: only web addresses, mail and DOIs become hrefs, whatever tricks the text plays.

import { describe, expect, it } from 'vitest';
import { doiUrl, safeHref, webUrl } from '../../../src/core/summary/citation.ts';

const HOSTILE = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  '\tjavascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'javascript&colon;alert(1)',
  '\u0000javascript:alert(1)',
  'jAvAsCrIpT:void(0)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD4=',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://example.org/uuid',
  '//evil.example/x',
  '/relative/path',
  'example.org',
  '',
];

describe('safeHref', () => {
  it('refuses every script, data, file, relative or scheme-less address', () => {
    for (const raw of HOSTILE) expect(safeHref(raw), JSON.stringify(raw)).toBeNull();
    expect(safeHref(undefined)).toBeNull();
  });

  it('lets https, http and mailto through, normalised by the URL parser', () => {
    expect(safeHref('https://example.org/a?b=1#c')).toBe('https://example.org/a?b=1#c');
    expect(safeHref('HTTP://Example.org')).toBe('http://example.org/');
    expect(safeHref(' https://example.org/x ')).toBe('https://example.org/x');
    expect(safeHref('mailto:curator@example.org')).toBe('mailto:curator@example.org');
  });

  it('sends a DOI, bare or after "doi:", to doi.org', () => {
    expect(safeHref('10.3389/fimmu.2024.1519055')).toBe(
      'https://doi.org/10.3389/fimmu.2024.1519055',
    );
    expect(safeHref('doi:10.1631/jzus.B2200128')).toBe('https://doi.org/10.1631/jzus.B2200128');
  });
});

describe('webUrl and doiUrl', () => {
  it('webUrl takes only http(s), so the whitespace and case tricks fail there too', () => {
    for (const raw of HOSTILE) expect(webUrl(raw), JSON.stringify(raw)).toBeNull();
    expect(webUrl('mailto:a@example.org')).toBeNull();
    expect(webUrl('https://example.org/a')).toBe('https://example.org/a');
  });

  it('doiUrl keeps a DOI on doi.org: its characters cannot add a query, fragment or host', () => {
    expect(doiUrl('10.1002/(SICI)1097-0258')).toBe('https://doi.org/10.1002/(SICI)1097-0258');
    const tricky = doiUrl('10.1000/x?next=javascript:alert(1)#frag');
    expect(new URL(tricky).host).toBe('doi.org');
    expect(new URL(tricky).search).toBe('');
    expect(new URL(tricky).hash).toBe('');
    expect(new URL(doiUrl('javascript:alert(1)//10.1/x')).protocol).toBe('https:');
  });
});
