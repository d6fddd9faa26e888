import { describe, expect, it } from 'vitest';
import {
  DEFAULT_COMPARE,
  formatCompareQuery,
  parseCompareQuery,
  type CompareView,
} from '../../src/app/compare/compareQuery.ts';
import { createCompareStore } from '../../src/app/compare/compareStore.ts';

const ids = new Set(['003-zhou', '000-marina', 'own-file']);

describe('parseCompareQuery / formatCompareQuery', () => {
  it('round-trips every field of a comparison', () => {
    const view: CompareView = {
      a: '003-zhou',
      b: 'own-file',
      anchor: 'relapse',
      layout: 'side',
      lock: false,
      windows: [
        { unit: 'day', from: -30, to: 90.5 },
        { unit: 'u', from: 12.25, to: 40 },
      ],
      hidden: ['plans', 'therapy'],
    };
    const q = formatCompareQuery(view);
    expect(q).toBe(
      'v=1&a=003-zhou&b=own-file&anchor=relapse&layout=side&lock=0&from=-30&to=90.5&bfrom=u12.25&bto=u40&hide=plans%2Ctherapy',
    );
    expect(parseCompareQuery(q, ids)).toEqual(view);
  });

  it('writes defaults sparingly and gives both panes one window while linked', () => {
    const view = {
      ...DEFAULT_COMPARE,
      a: '003-zhou',
      windows: [{ unit: 'day', from: 0, to: 28 }, null],
    } as CompareView;
    const q = formatCompareQuery(view);
    expect(q).toBe('v=1&a=003-zhou&from=0&to=28');
    expect(parseCompareQuery(q, ids).windows).toEqual([
      { unit: 'day', from: 0, to: 28 },
      { unit: 'day', from: 0, to: 28 },
    ]);
  });

  it('drops unknown case ids and tampered fields one by one, never throwing', () => {
    const q =
      'v=1&a=nobody&b=000-marina&anchor=birthday&layout=<b>&lock=maybe&from=x&to=9&hide=plans,evil';
    expect(parseCompareQuery(q, ids)).toEqual({
      ...DEFAULT_COMPARE,
      b: '000-marina',
      hidden: ['plans'],
    });
  });

  it('keeps the named cases but nothing else from a link of another version', () => {
    expect(parseCompareQuery('v=9&a=003-zhou&b=000-marina&anchor=diagnosis', ids)).toEqual({
      ...DEFAULT_COMPARE,
      a: '003-zhou',
      b: '000-marina',
    });
  });
});

describe('createCompareStore', () => {
  const start: CompareView = {
    ...DEFAULT_COMPARE,
    a: '003-zhou',
    b: '000-marina',
    windows: [{ unit: 'day', from: 0, to: 30 }, null],
  };

  it('forgets windows when a case or the anchor changes: their days no longer apply', () => {
    const s = createCompareStore(start);
    s.getState().setAnchor('diagnosis');
    expect(s.getState().windows).toEqual([null, null]);
    const t = createCompareStore(start);
    t.getState().setCase(1, 'own-file');
    expect(t.getState()).toMatchObject({ b: 'own-file', windows: [null, null] });
  });

  it('swaps cases with their windows', () => {
    const s = createCompareStore(start);
    s.getState().swap();
    expect(s.getState()).toMatchObject({
      a: '000-marina',
      b: '003-zhou',
      windows: [null, { unit: 'day', from: 0, to: 30 }],
    });
  });
});
