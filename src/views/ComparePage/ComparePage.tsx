import { useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import type { CaseLoad } from '../../core/library/loadLibrary.ts';
import { isOwnCase } from '../../core/library/ownFile.ts';
import { entryOfLoad, type LibraryEntry } from '../../core/library/librarySummary.ts';
import { EMPTY_FILTER, type LibraryFilter } from '../../core/search/index.ts';
import { compareHref, landingHref } from '../../app/router/index.ts';
import {
  createCompareStore,
  parseCompareQuery,
  useCompareUrlSync,
  useLinkedPanes,
} from '../../app/compare/index.ts';
import { hashQuery } from '../../app/url/index.ts';
import { ExportMenu } from '../Export/ExportMenu.tsx';
import { ShareButton } from '../Share/ShareButton.tsx';
import { PresentButton } from '../Present/PresentButton.tsx';
import { ComparePanesView } from './ComparePanesView.tsx';
import { ComparePicker } from './ComparePicker.tsx';
import { useComparePanes } from './useComparePanes.ts';
import { LoadStatus } from '../LoadStatus/LoadStatus.tsx';

/** Props of ComparePage. */
export interface ComparePageProps {
  /** The cases read and checked so far (at least the two chosen, once read). */
  cases: readonly CaseLoad[];
  /** Every case the reader can choose; the entries of `cases` when absent (stories, tests). */
  entries?: readonly LibraryEntry[];
  /** Asks for the chosen cases to be read (the app reads a case file only when it is chosen). */
  onNeed?: (ids: string[]) => void;
  /** The library search the picker offers cases by; held here when absent. */
  filter?: LibraryFilter;
  /** Takes a changed search from the picker. */
  onFilter?: (f: LibraryFilter) => void;
  /** Read the comparison from the address and keep it there (off in stories and tests). */
  urlSync?: boolean;
  /** The query to start from when urlSync is off (stories, tests). */
  initialQuery?: string;
}

/**
 * Two cases compared: stacked on one shared time axis (or side by side), aligned on an anchor kind,
 * with linked zoom, lanes that line up, shared kinetics scales, and their key intervals in a table.
 * The title, export and settings take two short rows so both charts fit on a laptop screen.
 */
export function ComparePage({
  cases,
  entries,
  onNeed,
  filter,
  onFilter,
  urlSync = true,
  initialQuery = '',
}: ComparePageProps) {
  const choices = useMemo(
    () => entries ?? cases.map((c, i) => entryOfLoad(c, i, null)),
    [entries, cases],
  );
  const [ownFilter, setOwnFilter] = useState<LibraryFilter>(EMPTY_FILTER);
  const ids = useMemo(() => new Set(choices.map((c) => c.id)), [choices]);
  const [store] = useState(() =>
    createCompareStore(
      parseCompareQuery(urlSync ? hashQuery(window.location.hash) : initialQuery, ids),
    ),
  );
  const s = useStore(store);
  useEffect(() => {
    onNeed?.([s.a, s.b].filter((x): x is string => x !== null));
  }, [onNeed, s.a, s.b]);
  const panes = useComparePanes(store, cases);
  // Both chosen and one still being read: say so rather than ask for cases already chosen.
  const waiting =
    s.a !== null && s.b !== null && [s.a, s.b].some((x) => !cases.some((c) => c.entry.id === x));
  useLinkedPanes(panes?.stores ?? null, s.lock);
  useCompareUrlSync(store, panes?.stores ?? null, ids, compareHref(), urlSync);
  const reset = () => panes?.stores.forEach((p) => p.getState().setWindow(null));
  return (
    <article className="compare" data-layout={s.layout}>
      <header className="compare__head">
        <nav className="breadcrumb" aria-label="Breadcrumb">
          <a href={landingHref}>All cases</a>
        </nav>
        <h1 tabIndex={-1}>Compare two cases</h1>
        {panes && (
          <ExportMenu view="compare" loads={panes.loads}>
            {!panes.loads.some((l) => isOwnCase(l.entry.id)) && (
              <>
                <ShareButton
                  view="compare"
                  title={panes.loads.map((l) => l.case.title).join(' and ')}
                />
                <PresentButton view="compare" />
              </>
            )}
          </ExportMenu>
        )}
      </header>
      <ComparePicker
        entries={choices}
        filter={filter ?? ownFilter}
        onFilter={onFilter ?? setOwnFilter}
        a={s.a}
        b={s.b}
        anchor={s.anchor}
        layout={s.layout}
        lock={s.lock}
        onCase={s.setCase}
        onSwap={s.swap}
        onAnchor={s.setAnchor}
        onLayout={s.setLayout}
        onLock={s.setLock}
        onReset={reset}
      />
      {panes ? (
        <ComparePanesView panes={panes} asked={s.anchor} layout={s.layout} lock={s.lock} />
      ) : waiting ? (
        <LoadStatus status="loading" />
      ) : (
        <p className="lede compare__prompt">
          Choose two cases to see them on one time axis, aligned on the same kind of event.
        </p>
      )}
    </article>
  );
}
