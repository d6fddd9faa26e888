import type { ReactElement } from 'react';
import type { CaseLoad } from '../../core/library/loadLibrary.ts';
import { isOwnCase } from '../../core/library/ownFile.ts';
import type { LibrarySummary } from '../../core/library/librarySummary.ts';
import { useCaseLoads } from '../library/useCaseLoads.ts';
import { useLibraryStore } from '../store/index.ts';
import { LoadStatus } from '../../views/LoadStatus/LoadStatus.tsx';
import { NotFound } from '../../views/NotFound/NotFound.tsx';
import { OwnCaseElsewhere } from '../../views/OpenCase/OwnCaseElsewhere.tsx';

/** Props of CaseRoute. */
export interface CaseRouteProps {
  /** The case's entry id. */
  id: string;
  summary: LibrarySummary;
  opened: readonly CaseLoad[];
  /** Draws the page once the case has been read and checked. */
  render: (load: CaseLoad) => ReactElement;
}

/**
 * A case page's data: reads that one case's file and checks it in full (a broken file shows its
 * problems on the page); an id neither the library nor the reader's files know is "not found",
 * except an own case's, which lives in another browser and can be opened here from its file.
 */
export function CaseRoute({ id, summary, opened, render }: CaseRouteProps) {
  const known = isOwnCase(id)
    ? opened.some((o) => o.entry.id === id)
    : summary.cases.some((e) => e.id === id);
  const { loads } = useCaseLoads(known ? [id] : []);
  // Files kept in this browser are read back on demand: an own case's link waits for them.
  const restoring = useLibraryStore((s) => s.restoring);
  if (!known && isOwnCase(id) && restoring) return <LoadStatus status="loading" />;
  if (!known) return isOwnCase(id) ? <OwnCaseElsewhere caseId={id} /> : <NotFound caseId={id} />;
  const load = loads[0];
  return load ? render(load) : <LoadStatus status="loading" />;
}
