import { useMemo, useState } from 'react';
import { useStore } from 'zustand';
import type { CaseLoad } from '../../core/library/loadLibrary.ts';
import { isOwnCase } from '../../core/library/caseFromText.ts';
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

/** Props of ComparePage. */
export interface ComparePageProps {
  /** Every case the reader can view: the library's and their own opened files. */
  cases: readonly CaseLoad[];
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
export function ComparePage({ cases, urlSync = true, initialQuery = '' }: ComparePageProps) {
  const ids = useMemo(() => new Set(cases.map((c) => c.entry.id)), [cases]);
  const [store] = useState(() =>
    createCompareStore(
      parseCompareQuery(urlSync ? hashQuery(window.location.hash) : initialQuery, ids),
    ),
  );
  const s = useStore(store);
  const panes = useComparePanes(store, cases);
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
        cases={cases}
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
      ) : (
        <p className="lede compare__prompt">
          Choose two cases to see them on one time axis, aligned on the same kind of event.
        </p>
      )}
    </article>
  );
}
