// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { failOnConsoleError } from './failOnConsoleError.ts';
import { CasePage } from '../../src/views/CasePage/CasePage.tsx';
import { CASE_IDS, fixtureOkCase } from '../../src/views/fixtures/caseFixtures.ts';

afterEach(cleanup);
failOnConsoleError();

describe('CasePage', () => {
  it.each(Object.values(CASE_IDS))(
    'renders %s with one row per event and one entry per source',
    async (id) => {
      const load = await fixtureOkCase(id);
      const { container } = render(<CasePage load={load} />);
      expect(container.querySelector('h1')?.textContent).toBe(load.case.title);
      expect(container.querySelectorAll('.events > li')).toHaveLength(load.case.events.length);
      expect(container.querySelectorAll('.sources > li')).toHaveLength(load.case.sources.length);
    },
  );

  it('lists every event of Zhou in resolved order, with times as resolved and as stated', async () => {
    const load = await fixtureOkCase(CASE_IDS.zhou);
    const { container } = render(<CasePage load={load} />);
    const rows = [...container.querySelectorAll<HTMLElement>('.events > li')];
    expect(rows.map((r) => r.dataset.eventId)).toEqual(
      load.resolved.order.filter((k) => load.case.events.some((e) => e.id === k)),
    );
    for (const row of rows) {
      expect(row.querySelector('.time__resolved')?.textContent).toBeTruthy();
      expect(row.querySelector('.time__stated')?.textContent).toBeTruthy();
    }
  });

  it('shows Zhou’s numbers exactly and the CRS grade as printed', async () => {
    const { container } = render(<CasePage load={await fixtureOkCase(CASE_IDS.zhou)} />);
    const text = container.textContent ?? '';
    expect(text).toContain('350,758 copies/μg');
    expect(text).toContain('350, 758 copies/μg'); // as printed
    expect(container.querySelector('[data-event-id="crs"]')?.textContent).toMatch(
      /grade 1\b.*printed “CRS 1”/,
    );
    expect(container.querySelector('[data-event-id="icans"]')?.textContent).toContain(
      'not observed',
    );
    expect(
      container.querySelector('a[href="https://doi.org/10.3389/fimmu.2024.1519055"]'),
    ).toBeTruthy();
  });

  it('marks Marina’s plans as intentions and her CRS grade as not reported', async () => {
    const { container } = render(<CasePage load={await fixtureOkCase(CASE_IDS.marina)} />);
    const plans = container.querySelectorAll('.event--plan');
    expect(plans.length).toBeGreaterThan(0);
    for (const p of plans) expect(p.textContent).toContain('intention, not an event');
    expect(container.querySelector('[data-event-id="crs"]')?.textContent).toContain(
      'grade not reported',
    );
  });

  it('says when a series has no readable values instead of drawing a table (Kong)', async () => {
    const { container } = render(<CasePage load={await fixtureOkCase(CASE_IDS.kong)} />);
    const series = container.querySelectorAll('.series');
    expect(series.length).toBeGreaterThan(0);
    expect(container.querySelectorAll('.series__no-values')).toHaveLength(series.length);
    expect(container.querySelectorAll('table')).toHaveLength(0);
  });
});
