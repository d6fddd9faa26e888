import { caseHref } from '../../app/router/index.ts';
import { VIEW_QUERY_VERSION } from '../../app/url/index.ts';

/** Builds the link of one fact: a case id and a node key (null: the case page itself). */
export type SourceHref = (caseId: string, key: string | null) => string;

/** The case page with the fact's mark selected, so its detail panel opens with the source. */
export const caseNodeHref: SourceHref = (caseId, key) => {
  if (key === null) return caseHref(caseId);
  const q = new URLSearchParams({ v: VIEW_QUERY_VERSION, sel: key });
  return `${caseHref(caseId)}?${q.toString()}`;
};
