import type { Case } from '../format/index.ts';
import { isKineticsSeries, isQuantified } from '../kinetics/censored.ts';
import { logDomain } from '../kinetics/logScale.ts';

/** Value domains by series id, one map per case: series that measure the same thing share one. */
export type SeriesDomains = Array<ReadonlyMap<string, [number, number]>>;

/**
 * Shared log10 domains for the kinetics series of several cases: series with the same quantity and
 * unit (e.g. CAR transgene copies/μg in both) get one domain spanning every quantified value, so the
 * same height means the same level in each pane. Series with nothing to share keep their own scale.
 */
export function sharedLogDomains(cases: readonly Case[]): SeriesDomains {
  const groups = new Map<
    string,
    Array<{ caseIndex: number; seriesId: string; values: number[] }>
  >();
  cases.forEach((c, caseIndex) => {
    for (const s of c.measurements) {
      // Only the kinetics lane draws value axes; its charts are log unless the series says linear.
      if (!isKineticsSeries(s) || (s.scale ?? 'log') !== 'log' || s.valuesReported === false)
        continue;
      const values = s.points.filter(isQuantified).map((p) => p.value);
      const key = `${s.quantity}\u0000${s.unit}`;
      const list = groups.get(key) ?? groups.set(key, []).get(key)!;
      list.push({ caseIndex, seriesId: s.id, values });
    }
  });
  const out = cases.map(() => new Map<string, [number, number]>());
  for (const members of groups.values()) {
    if (new Set(members.map((m) => m.caseIndex)).size < 2) continue;
    const domain = logDomain(members.flatMap((m) => m.values));
    for (const m of members) out[m.caseIndex]!.set(m.seriesId, domain);
  }
  return out;
}
