import { describe, expect, it } from 'vitest';
import { ignoredViewParams } from '../../src/app/url/ignoredParams.ts';
import {
  formatViewQuery,
  parseViewQuery,
  type ViewQueryContext,
} from '../../src/app/url/viewQuery.ts';
import { defaultViewState } from '../../src/app/viewStore/viewState.ts';

const REL = { mode: 'relative', anchor: 'cart' } as const;
const CAL = { mode: 'calendar', anchor: null } as const;
const ctx: ViewQueryContext = { frames: [REL, CAL], keys: new Set(['crs', 'mrd-bm[1]']) };

describe('ignoredViewParams(query, ctx)', () => {
  it('finds nothing in a plain link or in a link the app wrote itself', () => {
    expect(ignoredViewParams('', ctx)).toEqual([]);
    const view = {
      ...defaultViewState(REL),
      frame: CAL,
      window: { unit: 'day' as const, from: 20100, to: 20200 },
      hidden: ['plans' as const],
      selected: 'mrd-bm[1]',
      table: true,
    };
    const q = formatViewQuery(view, ctx);
    expect(ignoredViewParams(q, ctx)).toEqual([]);
    expect(parseViewQuery(q, ctx)).toEqual(view);
  });

  it('names each tampered parameter and only those', () => {
    expect(
      ignoredViewParams('v=1&frame=cal&from=1&to=0&hide=plans,evil&sel=nope&view=grid&x=1', ctx),
    ).toEqual(['from', 'to', 'hide', 'sel', 'view', 'x']);
    expect(ignoredViewParams('v=1&frame=rel:nobody&from=-30&to=90', ctx)).toEqual([
      'frame',
      'from',
      'to',
    ]);
    expect(ignoredViewParams('v=1&order=kinetics,kinetics', ctx)).toEqual(['order']);
    expect(ignoredViewParams('v=1&sel=%3Cscript%3E', ctx)).toEqual(['sel']);
  });

  it('names every parameter of a link from another version or with no version', () => {
    expect(ignoredViewParams('v=2&frame=cal', ctx)).toEqual(['v', 'frame']);
    expect(ignoredViewParams('frame=cal', ctx)).toEqual(['frame']);
    expect(ignoredViewParams('%%%&&=', ctx)).toEqual(['%%%']);
  });

  it('agrees with parseViewQuery: nothing named means the link is read as written', () => {
    for (const q of ['v=1&frame=cal', 'v=1&hide=plans&view=chart', 'v=1&sel=crs'])
      expect(ignoredViewParams(q, ctx), q).toEqual([]);
  });
});
