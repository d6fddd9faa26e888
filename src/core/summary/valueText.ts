import type { Point } from '../format/index.ts';

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 20 });

/** A number with every printed digit kept and thousands grouped: 350758 -> "350,758", 0.014 -> "0.014". */
export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

const QUALIFIER_TEXT: Record<NonNullable<Point['qualifier']>, string> = {
  exact: '',
  approximate: 'approximate',
  'below-detection': 'below detection',
  undetectable: 'undetectable',
  'above-limit': 'above the upper limit',
};

/** The qualifier as words; "" for exact values (the default). */
export function qualifierText(q: Point['qualifier']): string {
  return q ? QUALIFIER_TEXT[q] : '';
}

const PREFIX: Partial<Record<NonNullable<Point['qualifier']>, string>> = {
  approximate: '≈ ',
  'below-detection': '< ',
  'above-limit': '> ',
};

/**
 * "350,758 copies/μg", "0.014%", "≈ 12 cells/μL", "< 0.01%" (a censored value at its detection
 * limit), "> 5,000 pg/mL" (above the assay's upper limit), or "—" when the point has no value.
 */
export function pointValueText(p: Point, unit: string): string {
  if (p.value === undefined) return '—';
  const prefix = (p.qualifier && PREFIX[p.qualifier]) ?? '';
  // "%" sticks to its number; every other unit is a word after it.
  const sep = unit === '%' ? '' : ' ';
  return `${prefix}${formatNumber(p.value)}${sep}${unit}`;
}
