import { toxicityGrade, type Event } from '../format/index.ts';
import type { Glyph } from '../layout/types.ts';

export type Toxicity = Extract<Event, { kind: 'toxicity' }>;
type ToxicityType = Toxicity['toxicity'];

/**
 * Shape per toxicity type, so the type reads without colour: CRS circle, ICANS diamond, GVHD
 * square, infection triangle, TA-TMA cross, organ toxicity triangle-down, anything else a star.
 */
export const TOXICITY_KIND: Record<
  ToxicityType,
  { slug: string; shape: Glyph['shape']; name: string; long: string }
> = {
  CRS: { slug: 'crs', shape: 'circle', name: 'CRS', long: 'Cytokine release syndrome' },
  ICANS: {
    slug: 'icans',
    shape: 'diamond',
    name: 'ICANS',
    long: 'Immune effector cell-associated neurotoxicity syndrome',
  },
  GVHD: { slug: 'gvhd', shape: 'square', name: 'GVHD', long: 'Graft-versus-host disease' },
  infection: { slug: 'infection', shape: 'triangle', name: 'Infection', long: 'Infection' },
  'TA-TMA': {
    slug: 'ta-tma',
    shape: 'cross',
    name: 'TA-TMA',
    long: 'Transplant-associated thrombotic microangiopathy',
  },
  organ: { slug: 'organ', shape: 'triangle-down', name: 'Organ toxicity', long: 'Organ toxicity' },
  other: { slug: 'other', shape: 'star', name: 'Other toxicity', long: 'Another toxicity' },
};

/** The three ways a toxicity can be recorded, in the order the legend lists them. */
export const TOXICITY_STATES = ['graded', 'nr', 'absent'] as const;

/**
 * Glyph of a toxicity: the grade number in a solid mark; "NR" in a hatched mark when the source
 * gives no grade (hatching sets it apart from every grade); "–" in a hollow mark when the source
 * says it did not occur. A grade on an unnamed scale keeps its number: the detail panel says so.
 */
export function toxicityGlyph(e: Toxicity): Glyph {
  const { slug, shape } = TOXICITY_KIND[e.toxicity];
  const tone = `tox-${slug}`;
  if (!e.occurred) return { shape, fill: 'hollow', text: '–', tone, legendKey: `${tone}-absent` };
  // The maximum: the stated grade, else the highest step of its grade course.
  const g = toxicityGrade(e);
  if (g === undefined || g === 'not-reported') {
    return { shape, fill: 'hatched', text: 'NR', tone, legendKey: `${tone}-nr` };
  }
  return { shape, fill: 'solid', text: String(g.value), tone, legendKey: `${tone}-graded` };
}
