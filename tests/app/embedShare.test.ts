import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED, parseEmbedQuery } from '../../src/app/embed/embedQuery.ts';
import {
  embedOptionsFor,
  embedUrl,
  frameTitle,
  iframeSnippet,
  permalink,
  type ShareTarget,
} from '../../src/app/embed/share.ts';
import { hashQuery } from '../../src/app/url/hashQuery.ts';
import { parseHash } from '../../src/app/router/route.ts';

const BASE = 'https://example.org/caselines/';
const zhou: ShareTarget = {
  view: 'case',
  caseId: '003-zhou',
  title: 'Zhou — CD7 CAR-T',
  query: 'v=1&frame=rel%3Acart&from=-10&to=40&view=table',
};
// The reader's choices: everything but what the target itself decides (view and case).
const choices = { ...DEFAULT_EMBED, view: undefined, caseId: undefined };

describe('share addresses', () => {
  it('the permalink is the page with its view query', () => {
    expect(permalink(BASE, zhou)).toBe(`${BASE}#/case/003-zhou?${zhou.query}`);
    expect(permalink(BASE, { view: 'cohort', title: 'all', query: 'sort=crs&dir=asc' })).toBe(
      `${BASE}#/cohort?sort=crs&dir=asc`,
    );
    expect(permalink(BASE, { view: 'compare', title: 'a and b', query: '' })).toBe(
      `${BASE}#/compare`,
    );
  });

  it('the embed address routes to the embed and carries the view and the options', () => {
    const url = embedUrl(BASE, zhou, embedOptionsFor(zhou, { ...choices, theme: 'dark' }));
    const hash = url.slice(BASE.length);
    expect(parseHash(hash).name).toBe('embed');
    const { options, inner, ignored } = parseEmbedQuery(hashQuery(hash));
    expect(options).toMatchObject({ view: 'case', caseId: '003-zhou', theme: 'dark' });
    // The case page's table switch is the page's business: an embed always draws the chart.
    expect(inner).toBe('v=1&frame=rel%3Acart&from=-10&to=40');
    expect(ignored).toEqual([]);
  });

  it('the snippet is an iframe with the embed address, a title, a size, no border, lazy', () => {
    const src = 'https://x.org/#/embed?v=1&view=case&case=a';
    const html = iframeSnippet(src, frameTitle(zhou), { width: 1280, height: 720 });
    expect(html).toBe(
      '<iframe src="https://x.org/#/embed?v=1&amp;view=case&amp;case=a" ' +
        'title="Caselines timeline: Zhou — CD7 CAR-T" width="1280" height="720" ' +
        'style="border:0" loading="lazy"></iframe>',
    );
  });

  it('escapes quotes and angle brackets in a title, so a case title cannot break the snippet', () => {
    const html = iframeSnippet('https://x.org/', 'A "B" <script>', { width: 960, height: 540 });
    expect(html).toContain('title="A &quot;B&quot; &lt;script&gt;"');
    expect(html).not.toContain('<script>');
  });
});
