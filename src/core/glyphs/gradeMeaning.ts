import { toxicityGrade, type Grade } from '../format/index.ts';
import {
  ASTCT_CRS,
  ASTCT_ICANS,
  CTCAE,
  GLUCKSBERG_GVHD,
  MAGIC_ACUTE_GVHD,
  NIH_CHRONIC,
} from './scales.ts';
import type { Toxicity } from './toxicity.ts';

type NamedScale = Exclude<Grade['scale'], 'unstated' | 'other'>;

const SCALE_NAME: Record<NamedScale, string> = {
  ASTCT: 'the ASTCT consensus scale',
  CTCAE: 'CTCAE',
  MAGIC: 'the MAGIC criteria',
  Glucksberg: 'the Glucksberg criteria',
  NIH: 'the NIH consensus criteria',
};

/** What grade n means on a named scale for this toxicity, or null when the scale does not define it. */
function meaningOn(scale: NamedScale, t: Toxicity, n: number): string | null {
  if (scale === 'CTCAE') return CTCAE[n] ?? null;
  if (scale === 'NIH') return t.toxicity === 'GVHD' ? NIH_CHRONIC : null;
  if (scale === 'MAGIC') return t.toxicity === 'GVHD' ? (MAGIC_ACUTE_GVHD[n] ?? null) : null;
  if (scale === 'Glucksberg') return t.toxicity === 'GVHD' ? (GLUCKSBERG_GVHD[n] ?? null) : null;
  if (t.toxicity === 'CRS') return ASTCT_CRS[n] ?? null;
  if (t.toxicity === 'ICANS') return ASTCT_ICANS[n] ?? null;
  return null;
}

/** The scale a reader would most likely assume for this toxicity when the source names none. */
function usualScale(t: Toxicity): NamedScale {
  if (t.toxicity === 'CRS' || t.toxicity === 'ICANS') return 'ASTCT';
  if (t.toxicity === 'GVHD') return t.gvhdType === 'chronic' ? 'NIH' : 'MAGIC';
  return 'CTCAE';
}

/**
 * The recorded grade in plain words: what the source says and, for a named scale, what that grade
 * means there. A grade on an unnamed scale is explained only conditionally ("if that scale was
 * used"), and a missing grade is never given a meaning.
 */
export function gradeMeaning(e: Toxicity): string {
  if (!e.occurred) return 'The source reports that this did not occur.';
  const g = toxicityGrade(e);
  if (g === undefined || g === 'not-reported') {
    const word = e.severity ? ` It describes it as “${e.severity}”.` : '';
    return `The source reports this toxicity without a grade.${word}`;
  }
  const { scale, value: n } = g;
  if (scale === 'other') {
    return `The source gives grade ${n} on a scale not listed here; see the source for its meaning.`;
  }
  if (scale === 'unstated') {
    const usual = usualScale(e);
    const meaning = meaningOn(usual, e, n);
    const head = `The source prints grade ${n} without naming the grading scale.`;
    return meaning
      ? `${head} If ${SCALE_NAME[usual]} ${usual === 'CTCAE' || usual === 'ASTCT' ? 'was' : 'were'} used, grade ${n} means: ${meaning}.`
      : `${head} Grade ${n} is outside the range of ${SCALE_NAME[usual]}, the usual one here.`;
  }
  const meaning = meaningOn(scale, e, n);
  return meaning
    ? `Grade ${n} on ${SCALE_NAME[scale]}: ${meaning}.`
    : `Grade ${n} on ${SCALE_NAME[scale]}, which defines no such grade for this toxicity.`;
}
