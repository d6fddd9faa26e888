import { describe, expect, it } from 'vitest';
import { parseHash } from '../../src/app/router/route.ts';
import { caseFilesOf, routeCaseIds } from '../../src/boot/caseFiles.ts';

const summary = JSON.stringify({
  formatVersion: 1,
  cases: [
    { id: '003-zhou', file: 'cases/003-zhou.json', status: 'ok' },
    { id: '000-marina', file: 'cases/marina-renamed.json', status: 'ok' },
    { id: 'broken', file: 'cases/broken.json', status: 'error' },
  ],
});

const ids = (hash: string) => routeCaseIds(parseHash(hash), hash);

describe('the case files a link opens, as the boot script reads them early', () => {
  it('a case link opens its case and a comparison its two; other pages none', () => {
    expect(ids('#/case/003-zhou')).toEqual(['003-zhou']);
    expect(ids('#/case/003-zhou?frame=calendar')).toEqual(['003-zhou']);
    expect(ids('#/compare?a=003-zhou&b=000-marina')).toEqual(['003-zhou', '000-marina']);
    expect(ids('#/compare?a=003-zhou')).toEqual(['003-zhou']);
    expect(ids('#/')).toEqual([]);
    expect(ids('#/cohort')).toEqual([]);
  });

  it('takes each file name from the summary, so a file named unlike its id is found', () => {
    expect(caseFilesOf(summary, ['000-marina', '003-zhou'])).toEqual([
      'cases/marina-renamed.json',
      'cases/003-zhou.json',
    ]);
  });

  it('reads nothing the summary does not list as loadable: unknown ids, failed cases, bad text', () => {
    expect(caseFilesOf(summary, ['../../secret', 'broken'])).toEqual([]);
    expect(caseFilesOf('{not json', ['003-zhou'])).toEqual([]);
    expect(caseFilesOf('{"cases": 3}', ['003-zhou'])).toEqual([]);
  });
});
