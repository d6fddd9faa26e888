import type { AxisScale, CohortQuery, SortKey } from './types.ts';

/** The view a bare "#/cohort" shows: longest follow-up first, symlog axis, chart. */
export const DEFAULT_COHORT_QUERY: CohortQuery = {
  sort: 'follow-up',
  desc: true,
  scale: 'symlog',
  table: false,
  picked: [],
};

const SORTS: readonly SortKey[] = ['follow-up', 'crs', 'target', 'disease'];
const SCALES: readonly AxisScale[] = ['symlog', 'linear'];

const oneOf = <T extends string>(list: readonly T[], v: string | null): T | undefined =>
  list.find((x) => x === v);

/**
 * Reads the cohort view from a hash query ("sort=crs&dir=asc&scale=linear&table=1&pick=a,b").
 * Anything unknown or tampered falls back to its default; picks must name known cases (two at most).
 */
export function parseCohortQuery(query: string, knownIds: readonly string[]): CohortQuery {
  const p = new URLSearchParams(query);
  const d = DEFAULT_COHORT_QUERY;
  const dir = p.get('dir');
  const known = new Set(knownIds);
  const picked = [...new Set((p.get('pick') ?? '').split(',').filter((id) => known.has(id)))];
  return {
    sort: oneOf(SORTS, p.get('sort')) ?? d.sort,
    desc: dir === 'asc' ? false : dir === 'desc' ? true : d.desc,
    scale: oneOf(SCALES, p.get('scale')) ?? d.scale,
    table: p.get('table') === '1',
    picked: picked.slice(0, 2),
  };
}

/** Writes the cohort view as a hash query; the sort is always spelled out, other defaults left off. */
export function formatCohortQuery(q: CohortQuery): string {
  const p = new URLSearchParams();
  p.set('sort', q.sort);
  p.set('dir', q.desc ? 'desc' : 'asc');
  if (q.scale !== DEFAULT_COHORT_QUERY.scale) p.set('scale', q.scale);
  if (q.table) p.set('table', '1');
  if (q.picked.length > 0) p.set('pick', q.picked.join(','));
  return p.toString();
}
