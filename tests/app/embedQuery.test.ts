import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EMBED,
  FONT_MAX,
  FONT_MIN,
  fontScale,
  formatEmbedQuery,
  parseEmbedQuery,
  SLIDE_FONT,
  type EmbedOptions,
} from '../../src/app/embed/embedQuery.ts';
import { parseCompareQuery } from '../../src/app/compare/compareQuery.ts';
import { parseViewQuery, type ViewQueryContext } from '../../src/app/url/viewQuery.ts';
import { THEMES } from '../../src/app/theme/theme.ts';

const REL = { mode: 'relative', anchor: 'cart' } as const;
const CAL = { mode: 'calendar', anchor: null } as const;
const ctx: ViewQueryContext = { frames: [REL, CAL], keys: new Set(['crs']) };

describe('parseEmbedQuery(query)', () => {
  it('reads every option of a v1 link', () => {
    const { options, ignored } = parseEmbedQuery(
      'v=1&view=case&case=003-zhou&legend=0&title=0&theme=dark&font=1.5&static=1&preset=slide',
    );
    expect(options).toEqual({
      view: 'case',
      caseId: '003-zhou',
      legend: false,
      title: false,
      theme: 'dark',
      font: 1.5,
      still: true,
      preset: 'slide',
    });
    expect(ignored).toEqual([]);
  });

  it('shows legend and caption, light and interactive when the link says nothing', () => {
    const { options } = parseEmbedQuery('v=1&view=case&case=x');
    expect(options).toEqual({ ...DEFAULT_EMBED, view: 'case', caseId: 'x' });
    expect(fontScale(options)).toBe(1);
  });

  it('infers the view: a case id means its timeline, a or b a comparison, nothing the cohort', () => {
    expect(parseEmbedQuery('v=1&case=x').options.view).toBe('case');
    expect(parseEmbedQuery('v=1&a=x&b=y').options.view).toBe('compare');
    expect(parseEmbedQuery('v=1').options.view).toBe('cohort');
  });

  it('clamps the font scale to 0.8–2 and keeps the slide preset’s larger default', () => {
    expect(parseEmbedQuery('v=1&font=9').options.font).toBe(FONT_MAX);
    expect(parseEmbedQuery('v=1&font=0.1').options.font).toBe(FONT_MIN);
    expect(parseEmbedQuery('v=1&font=1.234').options.font).toBe(1.23);
    expect(fontScale(parseEmbedQuery('v=1&preset=slide').options)).toBe(SLIDE_FONT);
    expect(fontScale(parseEmbedQuery('v=1&preset=slide&font=1').options)).toBe(1);
  });

  it('drops each bad value to its default on its own and names it as ignored', () => {
    const { options, ignored } = parseEmbedQuery(
      'v=1&view=table&case=003-zhou&legend=maybe&theme=neon&font=big&static=yes&preset=poster&title=0',
    );
    expect(options).toEqual({
      ...DEFAULT_EMBED,
      view: 'case',
      caseId: '003-zhou',
      title: false,
    });
    expect(ignored).toEqual(['view', 'legend', 'theme', 'font', 'static', 'preset']);
  });

  it('sets aside the options of another version but keeps what names the content', () => {
    const { options, ignored } = parseEmbedQuery('v=2&view=case&case=x&theme=dark&legend=0');
    expect(options).toEqual({ ...DEFAULT_EMBED, view: 'case', caseId: 'x' });
    expect(ignored).toEqual(['theme', 'legend']);
  });

  it('hands the view’s own parameters to the view’s parser unchanged', () => {
    const { inner } = parseEmbedQuery(
      'v=1&view=case&case=x&frame=cal&from=20100&to=20200&hide=plans&theme=dark',
    );
    expect(inner).toBe('v=1&frame=cal&from=20100&to=20200&hide=plans');
    const view = parseViewQuery(inner, ctx);
    expect(view.frame).toEqual(CAL);
    expect(view.window).toEqual({ unit: 'day', from: 20100, to: 20200 });
    expect(view.hidden).toEqual(['plans']);
    const cmp = parseCompareQuery(
      parseEmbedQuery('v=1&view=compare&a=x&b=y&anchor=transplant&lock=0').inner,
      new Set(['x', 'y']),
    );
    expect([cmp.a, cmp.b, cmp.anchor, cmp.lock]).toEqual(['x', 'y', 'transplant', false]);
  });

  it('never throws, whatever the query', () => {
    fc.assert(
      fc.property(fc.string(), (q) => {
        const { options } = parseEmbedQuery(q);
        expect(THEMES).toContain(options.theme);
        if (options.font !== null) {
          expect(options.font).toBeGreaterThanOrEqual(FONT_MIN);
          expect(options.font).toBeLessThanOrEqual(FONT_MAX);
        }
      }),
    );
  });
});

describe('formatEmbedQuery(options, inner)', () => {
  it('writes only what differs from the defaults, version and view first', () => {
    expect(formatEmbedQuery({ ...DEFAULT_EMBED, view: 'case', caseId: '003-zhou' })).toBe(
      'v=1&view=case&case=003-zhou',
    );
    expect(
      formatEmbedQuery(
        { ...DEFAULT_EMBED, view: 'case', caseId: 'a b', theme: 'contrast', still: true },
        'v=1&frame=cal&view=table',
      ),
    ).toBe('v=1&view=case&case=a+b&frame=cal&theme=contrast&static=1');
  });

  const arbOptions: fc.Arbitrary<EmbedOptions> = fc.record({
    view: fc.constantFrom('case', 'compare', 'cohort'),
    caseId: fc.option(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/), { nil: null }),
    legend: fc.boolean(),
    title: fc.boolean(),
    theme: fc.constantFrom(...THEMES),
    font: fc.option(
      fc.integer({ min: 80, max: 200 }).map((n) => n / 100),
      { nil: null },
    ),
    still: fc.boolean(),
    preset: fc.constantFrom('slide' as const, null),
  });

  it('round-trips: parse(format(o)) gives o back, with nothing ignored', () => {
    fc.assert(
      fc.property(arbOptions, (o) => {
        // A case id only travels with the case view.
        const want = { ...o, caseId: o.view === 'case' ? o.caseId : null };
        const parsed = parseEmbedQuery(formatEmbedQuery(want, 'v=1&from=-10&to=40'));
        // Without a case id the case view is still named explicitly, so it survives.
        expect(parsed.options).toEqual(want);
        expect(parsed.ignored).toEqual([]);
        expect(parsed.inner).toBe('v=1&from=-10&to=40');
      }),
    );
  });
});
