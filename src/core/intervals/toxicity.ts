import { toxicityGrade, type Case, type Event } from '../format/index.ts';
import { gradeMeaning } from '../glyphs/gradeMeaning.ts';
import { toxicityGradeText } from '../summary/toxicityText.ts';
import type { ResolvedCase } from '../time/types.ts';
import { laterInfusionNote, notReported, withNote } from './cells.ts';
import { fromInfusion } from './course.ts';
import { nodeEvidence } from './evidence.ts';
import { eventsOf, isAfter, type EventOf } from './picks.ts';
import type { IntervalCell } from './types.ts';

type Toxicity = EventOf<'toxicity'>;
type Kind = Toxicity['toxicity'];

/** Toxicity events of one type after the infusion, in resolved order. */
function after(c: Case, rc: ResolvedCase, kind: Kind, infusion: Event): Toxicity[] {
  return eventsOf(c, rc, 'toxicity').filter(
    (e) => e.toxicity === kind && isAfter(rc, e.id, infusion.id),
  );
}

const gradeValue = (e: Toxicity) => {
  const g = toxicityGrade(e);
  return g && g !== 'not-reported' ? g.value : -Infinity;
};

/** The episode with the highest stated grade (the first on ties), or the first when none is graded. */
function worst(episodes: Toxicity[]): Toxicity {
  return episodes.reduce((a, b) => (gradeValue(b) > gradeValue(a) ? b : a));
}

/** "hyperacute, grade not reported", "grade 1, scale not stated (printed “CRS 1”)". */
function gradeText(e: Toxicity): string {
  const base = toxicityGradeText(e);
  const type = e.gvhdType && e.gvhdType !== 'unknown' ? `${e.gvhdType}, ` : '';
  const bare = !e.severity && gradeValue(e) === -Infinity && !type;
  return bare ? `occurred, ${base}` : `${type}${base}`;
}

/** A graded (or ungraded) episode as a cell, with what its grade means. */
function gradeCell(c: Case, rc: ResolvedCase, e: Toxicity): IntervalCell {
  const g = toxicityGrade(e);
  const graded = g && g !== 'not-reported' ? g : null;
  return {
    value: { kind: 'grade', grade: graded },
    text: gradeText(e),
    ...(graded ? { meaning: gradeMeaning(e) } : {}),
    evidence: [nodeEvidence(c, rc, e.id)],
  };
}

/** "Not reported after the infusion", citing an episode recorded before it (Marina's GVHD). */
function silentAfter(c: Case, rc: ResolvedCase, kind: Kind): IntervalCell {
  const earlier = eventsOf(c, rc, 'toxicity').find((e) => e.toxicity === kind && e.occurred);
  return earlier
    ? notReported(`Not reported after the infusion; an earlier episode is recorded before it.`, [
        nodeEvidence(c, rc, earlier.id),
      ])
    : notReported();
}

const notObserved = (c: Case, rc: ResolvedCase, e: Toxicity): IntervalCell => ({
  value: { kind: 'not-observed' },
  text: 'not observed',
  evidence: [nodeEvidence(c, rc, e.id)],
});

/** CRS onset: the first CRS after the infusion, counted from it. */
export function crsOnset(c: Case, rc: ResolvedCase, infusion: Event | null): IntervalCell {
  if (!infusion) return notReported('The case records no CAR-T infusion.');
  const episodes = after(c, rc, 'CRS', infusion);
  const first = episodes.find((e) => e.occurred);
  if (first) return fromInfusion(c, rc, infusion, first.id, 'first CRS');
  return episodes[0] ? notObserved(c, rc, episodes[0]) : silentAfter(c, rc, 'CRS');
}

/** CRS maximum grade after the infusion; an ungraded CRS is "not reported" for this row. */
export function crsGrade(c: Case, rc: ResolvedCase, infusion: Event | null): IntervalCell {
  if (!infusion) return notReported('The case records no CAR-T infusion.');
  const episodes = after(c, rc, 'CRS', infusion);
  const occurred = episodes.filter((e) => e.occurred);
  if (occurred.length === 0)
    return episodes[0] ? notObserved(c, rc, episodes[0]) : silentAfter(c, rc, 'CRS');
  const top = worst(occurred);
  if (gradeValue(top) === -Infinity) {
    const severity = top.severity ? ` It calls it “${top.severity}”.` : '';
    return notReported(`CRS occurred; the source gives no grade.${severity}`, [
      nodeEvidence(c, rc, top.id),
    ]);
  }
  return gradeCell(c, rc, top);
}

/** ICANS or GVHD after the infusion: the worst grade, "not observed", or "not reported". */
export function toxicityRow(
  c: Case,
  rc: ResolvedCase,
  kind: 'ICANS' | 'GVHD',
  infusion: Event | null,
): IntervalCell {
  if (!infusion) return notReported('The case records no CAR-T infusion.');
  const episodes = after(c, rc, kind, infusion);
  const occurred = episodes.filter((e) => e.occurred);
  const pick = occurred.length > 0 ? worst(occurred) : episodes[0];
  if (!pick) return silentAfter(c, rc, kind);
  const cell = pick.occurred ? gradeCell(c, rc, pick) : notObserved(c, rc, pick);
  return withNote(cell, laterInfusionNote(c, rc, pick.id));
}
