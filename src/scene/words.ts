import { formatValue, type KineticsSummary } from '../core/kinetics/index.ts';
import type { Mark } from '../core/layout/types.ts';

/** The words drawn beside a mark: "planned: …" for intentions, "≈ …" for approximate times; never cut here. */
export function labelText(m: Mark): string {
  // "planned:" unless the curator's label already says it is a plan.
  const text = m.plan && !/^plan/i.test(m.label) ? `planned: ${m.label}` : m.label;
  return m.approximate && !m.seriesId ? `≈ ${text}` : text;
}

const sig3 = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });

/** "peak 350,758 copies/μg, day 6": the value and the day since the anchor. */
export function peakText(s: KineticsSummary): string | null {
  if (!s.peak) return null;
  const v = formatValue(s.peak.value, s.unit);
  return s.peak.day === null ? `peak ${v}` : `peak ${v}, day ${s.peak.day}`;
}

/** The line under the kinetics title: Cmax, Tmax and AUC0–28 when computed, else why not. */
export function statsText(s: KineticsSummary): string {
  if (!s.enough || s.cmax === null || s.tmax === null || s.auc0_28 === null) return s.note;
  return `Cmax ${formatValue(s.cmax, s.unit)} · Tmax day ${s.tmax} · AUC0–28 ${sig3.format(s.auc0_28)} ${s.unit}·days`;
}
