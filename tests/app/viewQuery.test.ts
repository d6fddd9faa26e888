import { describe, expect, it } from 'vitest';
import {
  formatViewQuery,
  parseViewQuery,
  type ViewQueryContext,
} from '../../src/app/url/viewQuery.ts';
import { defaultViewState, type ViewState } from '../../src/app/viewStore/viewState.ts';
import { hashQuery, withHashQuery } from '../../src/app/url/hashQuery.ts';
import { parseHash } from '../../src/app/router/route.ts';

const REL = { mode: 'relative', anchor: 'cart' } as const;
const CAL = { mode: 'calendar', anchor: null } as const;
const ctx: ViewQueryContext = {
  frames: [REL, { mode: 'relative', anchor: 'hsct' }, CAL],
  keys: new Set(['crs', 'mrd-bm[1]']),
};
const base = defaultViewState(REL);

describe('parseViewQuery(query, ctx)', () => {
  it('reads every field of a v1 link', () => {
    const s = parseViewQuery(
      'v=1&frame=cal&from=20100.5&to=20200&hide=plans,toxicity&order=kinetics&sel=mrd-bm%5B1%5D&view=table',
      ctx,
    );
    expect(s.frame).toEqual(CAL);
    expect(s.window).toEqual({ unit: 'day', from: 20100.5, to: 20200 });
    expect(s.hidden).toEqual(['plans', 'toxicity']);
    expect(s.order[0]).toBe('kinetics');
    expect([...s.order].sort()).toEqual([...base.order].sort());
    expect(s.selected).toBe('mrd-bm[1]');
    expect(s.table).toBe(true);
  });

  it('reads a window in axis u when it is written with a "u" prefix', () => {
    expect(parseViewQuery('v=1&from=u3.5&to=u12', ctx).window).toEqual({
      unit: 'u',
      from: 3.5,
      to: 12,
    });
  });

  it('opens the default view for no query, another version, or garbage', () => {
    for (const q of ['', 'v=2&frame=cal', 'frame=cal', '%%%&&=', 'v=1&v=1&frame=<script>'])
      expect(parseViewQuery(q, ctx)).toEqual(base);
  });

  it('drops each tampered field alone and keeps the rest', () => {
    const s = parseViewQuery(
      'v=1&frame=rel:nobody&from=-30&to=90&hide=plans,evil&sel=nope&view=grid',
      ctx,
    );
    expect(s.frame).toEqual(REL); // unknown anchor: default frame
    expect(s.window).toBeNull(); // its days belonged to a frame this case lacks
    expect(s.hidden).toEqual(['plans']);
    expect(s.selected).toBeNull();
    expect(s.table).toBe(false);
  });

  it('refuses windows that are empty, reversed, mixed or not numbers', () => {
    for (const w of [
      'from=5&to=5',
      'from=9&to=1',
      'from=u1&to=9',
      'from=1e9&to=2e9',
      'from=NaN&to=1',
      'from=1',
    ])
      expect(parseViewQuery(`v=1&${w}`, ctx).window).toBeNull();
  });
});

describe('formatViewQuery(state, ctx)', () => {
  it('writes nothing for the default view, so plain case links stay plain', () => {
    expect(formatViewQuery(base, ctx)).toBe('');
  });

  it('round-trips any view through parseViewQuery', () => {
    const views: ViewState[] = [
      { ...base, window: { unit: 'day', from: -30, to: 90.25 } },
      { ...base, frame: CAL, hidden: ['plans'], selected: 'crs', table: true },
      { ...base, window: { unit: 'u', from: 0.5, to: 4 }, order: [...base.order].reverse() },
    ];
    for (const v of views) expect(parseViewQuery(formatViewQuery(v, ctx), ctx)).toEqual(v);
  });

  it('writes parameters in a fixed order, starting with the version', () => {
    const q = formatViewQuery(
      { ...base, selected: 'crs', window: { unit: 'day', from: 1, to: 2 } },
      ctx,
    );
    expect(q).toBe('v=1&frame=rel%3Acart&from=1&to=2&sel=crs');
  });
});

describe('hash queries', () => {
  it('split from and join onto the route part of the hash', () => {
    expect(hashQuery('#/case/x?v=1&a=b')).toBe('v=1&a=b');
    expect(hashQuery('#/case/x')).toBe('');
    expect(withHashQuery('#/case/x?old=1', 'v=1')).toBe('#/case/x?v=1');
    expect(withHashQuery('#/case/x?old=1', '')).toBe('#/case/x');
  });

  it('leave the route unchanged: a case link with a view query is the same case', () => {
    expect(parseHash('#/case/003-zhou?v=1&frame=cal')).toEqual({ name: 'case', id: '003-zhou' });
  });
});
