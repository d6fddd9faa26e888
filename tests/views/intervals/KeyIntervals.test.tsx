// @vitest-environment jsdom
import { cleanup, render, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { failOnConsoleError } from '../failOnConsoleError.ts';
import { KEY_INTERVAL_ROWS } from '../../../src/core/intervals/index.ts';
import { parseHash } from '../../../src/app/router/route.ts';
import { hashQuery } from '../../../src/app/url/hashQuery.ts';
import { shortCitation } from '../../../src/core/summary/citation.ts';
import { KeyIntervals } from '../../../src/views/KeyIntervals/KeyIntervals.tsx';
import { CASE_IDS, fixtureOkCase } from '../../../src/views/fixtures/caseFixtures.ts';

afterEach(cleanup);
failOnConsoleError();

async function table(...ids: string[]) {
  const loads = await Promise.all(ids.map((id) => fixtureOkCase(id)));
  const view = render(<KeyIntervals cases={loads.map((l) => ({ c: l.case, rc: l.resolved }))} />);
  const cellOf = (row: string, caseId: string) => {
    const td = view.container.querySelector<HTMLElement>(
      `tr[data-row="${row}"] td[data-case="${caseId}"]`,
    );
    if (!td) throw new Error(`no cell for ${row} / ${caseId}`);
    return td;
  };
  const valueOf = (row: string, caseId: string) =>
    cellOf(row, caseId).querySelector('.ki-value')?.textContent ?? '';
  return { ...view, cellOf, valueOf, loads };
}

describe('KeyIntervals', () => {
  it('is a real table with a caption, one column per case and one row per interval', async () => {
    const { container } = await table(CASE_IDS.zhou, CASE_IDS.marina);
    const t = container.querySelector('table')!;
    expect(t.querySelector('caption')?.textContent).toMatch(/Key intervals of Zhou and Marina/);
    const heads = [...t.querySelectorAll('thead th[scope="col"]')].map((th) => th.textContent);
    expect(heads).toHaveLength(3);
    expect(heads[1]).toMatch(/^Zhou/);
    expect(heads[2]).toMatch(/^Marina/);
    const rows = [...t.querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent);
    expect(rows).toEqual(KEY_INTERVAL_ROWS.map((r) => r.label));
    expect(rows.slice(0, 3)).toEqual([
      'Diagnosis → first relapse',
      'Last relapse before CAR-T → infusion',
      'Infusion → first CR',
    ]);
  });

  it('names the events each interval uses, and shows Marina’s bounds-only relapse → infusion as a range', async () => {
    const { cellOf, valueOf } = await table(CASE_IDS.zhou, CASE_IDS.marina);
    expect(valueOf('relapse-to-infusion', CASE_IDS.marina)).toMatch(/^≈ 0–\d+ days$/);
    const cell = cellOf('relapse-to-infusion', CASE_IDS.marina);
    expect(cell.querySelector('.ki-note')?.textContent).toMatch(/^Bounds only/);
    const roles = [...cell.querySelectorAll('.ki-evidence li')].map((li) =>
      li.querySelector('.ki-evidence__role')?.textContent?.trim(),
    );
    expect(roles).toEqual(['infusion:', 'last relapse before CAR-T:']);
    const relapse = cell.querySelectorAll<HTMLAnchorElement>('a.ki-evidence__link')[1]!;
    expect(relapse.dataset.key).toBe('mrd-relapse');
    expect(relapse.getAttribute('aria-label')).toMatch(/^last relapse before CAR-T: MRD relapse/);
  });

  it('shows Marina’s MRD negativity on day 13, linked to the mark on her case page', async () => {
    const { cellOf, valueOf } = await table(CASE_IDS.zhou, CASE_IDS.marina);
    expect(valueOf('infusion-to-mrd-negative', CASE_IDS.marina)).toBe('day 13');
    const link = within(cellOf('infusion-to-mrd-negative', CASE_IDS.marina)).getAllByRole(
      'link',
    )[0]!;
    expect(link.getAttribute('aria-label')).toMatch(/MRD undetectable.*Marina/);
    const href = link.getAttribute('href')!;
    expect(parseHash(href)).toEqual({ name: 'case', id: CASE_IDS.marina });
    expect(new URLSearchParams(hashQuery(href)).get('sel')).toBe('mrd-negative');
    expect(new URLSearchParams(hashQuery(href)).get('v')).toBe('1');
  });

  it('shows Zhou’s CAR peak of 350,758 copies/μg on day 6, CRS grade 1 unstated, ICANS not observed', async () => {
    const { cellOf, valueOf } = await table(CASE_IDS.zhou, CASE_IDS.marina);
    expect(valueOf('car-peak', CASE_IDS.zhou)).toBe('350,758 copies/μg');
    expect(valueOf('car-peak-day', CASE_IDS.zhou)).toBe('day 6');
    const peakHref = cellOf('car-peak-day', CASE_IDS.zhou).querySelector('a')!.getAttribute('href');
    expect(new URLSearchParams(hashQuery(peakHref!)).get('sel')).toBe('car-copies[0]');
    expect(valueOf('crs-grade', CASE_IDS.zhou)).toMatch(/grade 1, scale not stated/);
    expect(valueOf('icans', CASE_IDS.zhou)).toBe('not observed');
    expect(valueOf('infusion-to-cr', CASE_IDS.zhou)).toMatch(/^≈ 0–\d+ days$/);
  });

  it('cites each fact with its short citation and locator', async () => {
    const { cellOf, loads } = await table(CASE_IDS.zhou);
    const zhou = loads[0]!.case;
    const crs = zhou.events.find((e) => e.id === 'crs')!;
    const cell = cellOf('crs-grade', CASE_IDS.zhou);
    const source = zhou.sources.find((x) => x.id === crs.provenance.source)!;
    expect(cell.querySelector('.source-ref__cite')?.textContent).toBe(shortCitation(source));
    expect(cell.querySelector('.source-ref__locator')?.textContent).toBe(crs.provenance.locator);
  });

  it('says "not reported" in a muted cell where Marina’s source is silent', async () => {
    const { cellOf, valueOf } = await table(CASE_IDS.zhou, CASE_IDS.marina);
    for (const row of ['infusion-to-cr', 'icans', 'car-peak', 'status']) {
      expect(valueOf(row, CASE_IDS.marina)).toBe('not reported');
      expect(cellOf(row, CASE_IDS.marina).classList).toContain('ki-cell--not-reported');
    }
  });

  it('never shows a number in Pan case 1’s order-only or not-reported cells', async () => {
    const { container, valueOf } = await table(CASE_IDS.pan1, CASE_IDS.kong);
    const cells = [
      ...container.querySelectorAll<HTMLElement>(`td[data-case="${CASE_IDS.pan1}"]`),
    ].filter((td) => td.dataset.kind === 'order-only' || td.dataset.kind === 'not-reported');
    expect(cells.length).toBeGreaterThan(8);
    for (const td of cells) {
      expect(td.querySelector('.ki-value')?.textContent).not.toMatch(/\d/);
      expect(td.querySelector('.ki-words')).toBeNull();
    }
    expect(valueOf('transplant-after', CASE_IDS.pan1)).toBe('after infusion; time not reported');
    const orderOnly = container.querySelector(
      `tr[data-row="transplant-after"] td[data-case="${CASE_IDS.pan1}"] .ki-tag`,
    );
    expect(orderOnly?.textContent).toBe('order only');
  });

  it('names Kong’s day 0 as the first of two infusions', async () => {
    const { container } = await table(CASE_IDS.pan1, CASE_IDS.kong);
    const head = container.querySelectorAll('thead th')[2]!;
    expect(head.textContent).toMatch(/Day 0:.*\(first of 2\)/);
    const href = head.querySelectorAll('a')[1]!.getAttribute('href')!;
    expect(new URLSearchParams(hashQuery(href)).get('sel')).toBe('cart-1');
  });

  it('shows a single case as one column, with ≈ ranges in days and words', async () => {
    const { container, valueOf, cellOf } = await table(CASE_IDS.sun);
    expect(container.querySelectorAll('thead th')).toHaveLength(2);
    expect(valueOf('last-follow-up', CASE_IDS.sun)).toMatch(/^≈ [\d,]+–[\d,]+ days$/);
    expect(cellOf('last-follow-up', CASE_IDS.sun).querySelector('.ki-words')?.textContent).toBe(
      '≈ 7–8 years',
    );
  });

  it('uses the link builder it is given', async () => {
    const load = await fixtureOkCase(CASE_IDS.zhou);
    const { container } = render(
      <KeyIntervals
        cases={[{ c: load.case, rc: load.resolved }]}
        hrefFor={(id, key) => `#/x/${id}/${key ?? ''}`}
      />,
    );
    const hrefs = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain(`#/x/${CASE_IDS.zhou}/car-copies[0]`);
    expect(hrefs.every((h) => h!.startsWith('#/x/') || h!.startsWith('http'))).toBe(true);
  });
});
