// @vitest-environment jsdom
// The offline page is built as a string: what a browser parses from it must be exactly the data
// put in, however hostile the case text, and only the viewer's own script may be a script.
import { describe, expect, it } from 'vitest';
import {
  escapeJsonForScript,
  OFFLINE_DATA_ID,
  offlineHtml,
  offlinePolicy,
  parseOfflineData,
  type OfflineData,
} from '../../../src/core/export/index.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Read by path: under jsdom, import.meta.url is not a file URL.
const caseText = (id: string) =>
  readFileSync(join(process.cwd(), 'public/data/cases', `${id}.json`), 'utf8');

const HOSTILE = '</script><script>alert(1)</script><!-- <script> \u2028 & </SCRIPT >';

function data(extra = ''): OfflineData {
  return {
    version: 1,
    route: '#/case/003-zhou?v=1&from=-10&to=40',
    index: {
      formatVersion: 1,
      cases: [{ id: '003-zhou', file: 'cases/003-zhou.json', title: `Zhou ${extra}` }],
    },
    files: { 'cases/003-zhou.json': caseText('003-zhou') + extra },
    own: [{ name: `mine${extra}.json`, text: extra }],
    savedAt: '2026-11-22T08:00:00.000Z',
  };
}

const assets = {
  js: 'window.__ran = (window.__ran || 0) + 1;',
  css: 'body{color:red}',
  jsHash: 'sha256-AAA=',
  cssHash: 'sha256-BBB=',
};

describe('escapeJsonForScript', () => {
  it('leaves no "<", ">" or "&" and parses back to the same value', () => {
    const json = JSON.stringify({ t: HOSTILE });
    const safe = escapeJsonForScript(json);
    expect(safe).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(safe)).toEqual({ t: HOSTILE });
  });
});

describe('offlineHtml', () => {
  it('a browser reads back exactly the data, and sees one script besides the data element', () => {
    const d = data(HOSTILE);
    const html = offlineHtml(`Timeline: ${HOSTILE}`, d, assets);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const scripts = [...doc.querySelectorAll('script')];
    expect(scripts).toHaveLength(2);
    expect(scripts[0]!.id).toBe(OFFLINE_DATA_ID);
    expect(scripts[0]!.type).toBe('application/json');
    expect(JSON.parse(scripts[0]!.textContent!)).toEqual(d);
    expect(scripts[1]!.textContent).toBe(assets.js);
    expect(doc.title).toBe(`Timeline: ${HOSTILE}`);
    expect(doc.querySelector('style')!.textContent).toBe(assets.css);
  });

  it('carries a policy that allows only its own script and styles and no network', () => {
    const html = offlineHtml('t', data(), assets);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!;
    expect(csp.getAttribute('content')).toBe(offlinePolicy(assets));
    expect(offlinePolicy(assets)).toContain("default-src 'none'");
    expect(offlinePolicy(assets)).toContain("script-src 'sha256-AAA='");
    expect(offlinePolicy(assets)).not.toMatch(/unsafe|https?:|\*/);
  });

  it('refuses a viewer script or stylesheet that would end its own element', () => {
    expect(() => offlineHtml('t', data(), { ...assets, js: 'a="</script>"' })).toThrow();
    expect(() => offlineHtml('t', data(), { ...assets, css: 'a{}</style>' })).toThrow();
  });
});

describe('parseOfflineData', () => {
  it('round-trips what offlineHtml wrote', () => {
    const d = data();
    expect(parseOfflineData(escapeJsonForScript(JSON.stringify(d)))).toEqual(d);
  });

  it('explains missing, broken or foreign data instead of throwing', () => {
    for (const bad of [
      null,
      '',
      '{',
      '[]',
      '{"version":2}',
      '{"version":1,"route":"javascript:x"}',
    ])
      expect(typeof parseOfflineData(bad), String(bad)).toBe('string');
  });

  it('drops own-file entries that are not name/text pairs', () => {
    const d = { ...data(), own: [{ name: 1 }, { name: 'a.json', text: '{}' }] };
    const parsed = parseOfflineData(JSON.stringify(d));
    expect(typeof parsed === 'object' && parsed.own).toEqual([{ name: 'a.json', text: '{}' }]);
  });
});
