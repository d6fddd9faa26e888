import { describe, expect, it } from 'vitest';
import { parseHash } from '../../src/app/router/route.ts';
import { bootEntries, caseFilesOf, routeCaseIds } from '../../src/boot/caseFiles.ts';

const summary = bootEntries(
  JSON.stringify({
    formatVersion: 1,
    cases: [
      {
        id: '003-zhou',
        file: 'cases/003-zhou.json',
        status: 'ok',
        title: 'Zhou',
        summary: 'A man',
      },
      { id: '000-marina', file: 'cases/marina-renamed.json', status: 'ok' },
      { id: 'broken', file: 'cases/broken.json', status: 'error' },
      { id: 7, file: 'cases/seven.json', status: 'ok' },
    ],
  }),
);

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
    expect(bootEntries('{not json')).toEqual([]);
    expect(bootEntries('{"cases": 3}')).toEqual([]);
    expect(bootEntries('null')).toEqual([]);
  });

  it('keeps the title and summary the page’s first picture shows, and drops entries without an id', () => {
    expect(summary.map((e) => e.id)).toEqual(['003-zhou', '000-marina', 'broken']);
    expect(summary[0]).toMatchObject({ title: 'Zhou', summary: 'A man', ok: true });
    expect(summary[1]).toMatchObject({ title: '', summary: '' });
  });
});
