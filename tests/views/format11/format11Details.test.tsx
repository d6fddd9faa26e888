// @vitest-environment jsdom
// What a reader sees of the format 1.1 fields: the grade course in the event's details, the other
// sources of a corroborated fact, a source whose authors or title are not known, and a value above
// the upper limit in the measurement table.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Case } from '../../../src/core/format/index.ts';
import { resolveCase } from '../../../src/core/time/resolve.ts';
import { SourceDetail } from '../../../src/views/DetailPanel/SourceDetail.tsx';
import { EventDetails } from '../../../src/views/EventList/EventDetails.tsx';
import { MeasurementTables } from '../../../src/views/MeasurementTables/MeasurementTables.tsx';
import { SourceList } from '../../../src/views/SourceList/SourceList.tsx';
import { markValue } from '../../../src/views/Timeline/model/markText.ts';
import type { Mark } from '../../../src/core/layout/types.ts';
import { failOnConsoleError } from '../failOnConsoleError.ts';

afterEach(cleanup);
failOnConsoleError();

const c = Case.parse(
  JSON.parse(
    readFileSync(path.join(process.cwd(), 'tests/fixtures/valid/fixture-format-1-1.json'), 'utf8'),
  ),
);
const event = (id: string) => c.events.find((e) => e.id === id)!;

describe('format 1.1 fields in the views', () => {
  it('lists the grade course after the maximum it gives', () => {
    const { container } = render(<EventDetails event={event('crs')} c={c} />);
    const rows = [...container.querySelectorAll('dl > div')].map((d) => d.textContent);
    expect(rows).toContain('GradeASTCT grade 3, the highest of its course');
    expect(rows).toContain(
      'Grade courseASTCT grade 2: day 1 after CD19 CAR-T infusion; then ASTCT grade 3: day 3 after CD19 CAR-T infusion',
    );
  });

  it('gives the timeline table and the mark’s name the course after the maximum', () => {
    expect(markValue(c, { eventId: 'crs' } as Mark)).toBe(
      'ASTCT grade 3, the highest of its course (ASTCT grade 2: day 1 after CD19 CAR-T infusion; then ASTCT grade 3: day 3 after CD19 CAR-T infusion)',
    );
  });

  it('names the other sources that report a fact', () => {
    render(<SourceDetail provenance={event('cart').provenance} sources={c.sources} />);
    const item = screen.getByText(/Paragraph 2/);
    expect(item.textContent).toBe('title not known, 2025, Paragraph 2: infused on 3 February');
  });

  it('says authors and titles are not known rather than leaving them blank', () => {
    const { container } = render(<SourceList sources={c.sources} />);
    const [preprint, news] = [...container.querySelectorAll('.source__citation')];
    expect(preprint!.textContent).toMatch(/^Authors not known\. Fictional preprint/);
    expect(news!.querySelector('cite')!.textContent).toBe('title not known');
    expect(within(container).getByText('Preprint (not peer reviewed)')).toBeTruthy();
  });

  it('writes a value above the upper limit with ">" and says so', () => {
    render(<MeasurementTables c={c} rc={resolveCase(c)} />);
    const table = within(screen.getByRole('region', { name: 'Values of IL-6' }));
    expect(table.getByText('> 5,000 pg/mL')).toBeTruthy();
    expect(table.getByText('above the upper limit')).toBeTruthy();
  });
});
