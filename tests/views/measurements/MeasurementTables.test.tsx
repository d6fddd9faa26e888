// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MeasurementTables } from '../../../src/views/MeasurementTables/MeasurementTables.tsx';
import { CASE_IDS, fixtureOkCase } from '../../../src/views/fixtures/caseFixtures.ts';
import { failOnConsoleError } from '../failOnConsoleError.ts';

afterEach(cleanup);
failOnConsoleError();

describe('MeasurementTables', () => {
  it('puts each table that may scroll sideways in a focusable region named after its series', async () => {
    const { case: c, resolved } = await fixtureOkCase(CASE_IDS.marina);
    render(<MeasurementTables c={c} rc={resolved} />);
    const withValues = c.measurements.filter((s) => s.valuesReported !== false && s.points.length);
    expect(withValues.length).toBeGreaterThan(0);
    for (const s of withValues) {
      const region = screen.getByRole('region', { name: `Values of ${s.label}` });
      expect(region.tabIndex).toBe(0);
      expect(within(region).getByRole('table')).toBeTruthy();
    }
  });
});
