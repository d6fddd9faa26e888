import type { Case } from '../format/index.ts';
import type { ResolvedCase } from '../time/types.ts';
import { KEY_INTERVAL_ROWS } from './definitions.ts';
import {
  diagnosisToRelapse,
  infusionToCr,
  infusionToMrdNegative,
  relapseToInfusion,
  transplantAfter,
} from './course.ts';
import { nodeEvidence } from './evidence.ts';
import { carPeakDay, carPeakValue } from './peak.ts';
import { eventsOf, firstInfusion } from './picks.ts';
import { lastFollowUp, statusAtLast } from './outcome.ts';
import { crsGrade, crsOnset, toxicityRow } from './toxicity.ts';
import type { IntervalCell, IntervalEvidence, KeyInterval, KeyIntervalId } from './types.ts';

/** The rows of one case, and the infusion they count from. */
export interface KeyIntervals {
  caseId: string;
  /** The first CAR-T infusion (day 0 of every "after infusion" row), or null when there is none. */
  infusion: IntervalEvidence | null;
  /** How many CAR-T infusions the case records (the rows count from the first). */
  infusionCount: number;
  rows: KeyInterval[];
}

type RowBuilder = (
  c: Case,
  rc: ResolvedCase,
  inf: ReturnType<typeof firstInfusion>,
) => IntervalCell;

const BUILDERS: Record<KeyIntervalId, RowBuilder> = {
  'diagnosis-to-relapse': diagnosisToRelapse,
  'relapse-to-infusion': relapseToInfusion,
  'infusion-to-cr': infusionToCr,
  'infusion-to-mrd-negative': infusionToMrdNegative,
  'crs-onset': crsOnset,
  'crs-grade': crsGrade,
  icans: (c, rc, inf) => toxicityRow(c, rc, 'ICANS', inf),
  gvhd: (c, rc, inf) => toxicityRow(c, rc, 'GVHD', inf),
  'car-peak': carPeakValue,
  'car-peak-day': carPeakDay,
  'transplant-after': transplantAfter,
  'last-follow-up': lastFollowUp,
  status: (c, rc) => statusAtLast(c, rc),
};

/**
 * The key intervals of a case, one row per KEY_INTERVAL_ROWS entry, in that order. Every cell is
 * a number only where the source's times give one; otherwise "order only" or "not reported".
 */
export function keyIntervals(c: Case, rc: ResolvedCase): KeyIntervals {
  const infusion = firstInfusion(c, rc);
  return {
    caseId: c.id,
    infusion: infusion ? nodeEvidence(c, rc, infusion.id) : null,
    infusionCount: eventsOf(c, rc, 'car-t-infusion').length,
    rows: KEY_INTERVAL_ROWS.map(({ id, label }) => ({
      id,
      label,
      cell: BUILDERS[id](c, rc, infusion),
    })),
  };
}

/** One row of a case's intervals by id. */
export function intervalRow(k: KeyIntervals, id: KeyIntervalId): KeyInterval {
  return k.rows.find((r) => r.id === id)!;
}
