import type { Case, Provenance } from '../format/index.ts';
import { shortCitation } from '../summary/citation.ts';
import { describeTime, nodeLabel } from '../time/describe.ts';
import type { ResolvedCase } from '../time/types.ts';
import type { IntervalEvidence } from './types.ts';

/** "Zhou H et al., 2024", or a plain naming of a source id the case does not list. */
function citationOf(c: Case, p: Provenance): string {
  const s = c.sources.find((x) => x.id === p.source);
  return s ? shortCitation(s) : `unknown source “${p.source}”`;
}

/** The provenance behind a node key: the event's, or the measurement point's. */
function provenanceOf(c: Case, key: string): Provenance | undefined {
  const ev = c.events.find((e) => e.id === key.split('#')[0]);
  if (ev) return ev.provenance;
  const m = /^(.*)\[(\d+)\]$/.exec(key);
  const series = m ? c.measurements.find((s) => s.id === m[1]) : undefined;
  return series?.points[Number(m![2])]?.provenance;
}

/**
 * Evidence for an event or measurement point, by node key, with what the cell uses it as (`role`);
 * throws for a key the case lacks.
 */
export function nodeEvidence(
  c: Case,
  rc: ResolvedCase,
  key: string,
  role?: string,
): IntervalEvidence {
  const provenance = provenanceOf(c, key);
  if (!provenance) throw new Error(`Case ${c.id} has no event or measurement point "${key}".`);
  return {
    key,
    label: nodeLabel(c, key),
    ...(role ? { role } : {}),
    when: describeTime(c, rc, key).stated,
    provenance,
    citation: citationOf(c, provenance),
  };
}

/** Evidence for a whole series (e.g. one shown only in a figure): no node to open. */
export function seriesEvidence(c: Case, seriesId: string): IntervalEvidence {
  const s = c.measurements.find((x) => x.id === seriesId);
  if (!s) throw new Error(`Case ${c.id} has no measurement series "${seriesId}".`);
  return {
    key: null,
    label: s.label,
    when: null,
    provenance: s.provenance,
    citation: citationOf(c, s.provenance),
  };
}
