import { useMemo, useState, type ReactNode } from 'react';
import type { Case } from '../../core/format/index.ts';
import { frameChoices } from '../../core/layout/index.ts';
import { pointKey } from '../../core/time/nodes.ts';
import type { ResolvedCase } from '../../core/time/types.ts';
import { caseHref } from '../../app/router/index.ts';
import {
  hashQuery,
  ignoredViewParams,
  parseViewQuery,
  useUrlSync,
  type ViewQueryContext,
} from '../../app/url/index.ts';
import { createViewStore, ViewStoreProvider } from '../../app/viewStore/index.ts';
import { UrlNotice } from '../UrlNotice/UrlNotice.tsx';
import { TimelineView } from './TimelineView.tsx';

/** Props of TimelinePanel. */
export interface TimelinePanelProps {
  /** The case. */
  c: Case;
  /** Its resolved times. */
  rc: ResolvedCase;
  /** Read the view from the address and keep it there (off in stories and tests). */
  urlSync?: boolean;
  /** Id in the page address when it differs from the case id (a reader's own file: "own:<id>"). */
  pageId?: string;
  /** The section's heading, shown first in the toolbar row instead of on a line of its own. */
  heading?: ReactNode;
  /** The page's own actions (export, share), shown at the end of the same toolbar row. */
  actions?: ReactNode;
}

/**
 * One timeline panel with its own view store, opened from the address (a shared link restores the
 * view) and written back to it as the reader zooms, switches frame or opens a mark.
 */
export function TimelinePanel({
  c,
  rc,
  urlSync = true,
  pageId,
  heading,
  actions,
}: TimelinePanelProps) {
  const ctx = useMemo<ViewQueryContext>(
    () => ({
      frames: frameChoices(c, rc).map((ch) => ch.frame),
      keys: new Set([
        ...c.events.map((e) => e.id),
        ...c.measurements.flatMap((s) => s.points.map((_, i) => pointKey(s.id, i))),
      ]),
    }),
    [c, rc],
  );
  const [store] = useState(() =>
    createViewStore(parseViewQuery(urlSync ? hashQuery(window.location.hash) : '', ctx)),
  );
  const [ignored, setIgnored] = useState(() =>
    urlSync ? ignoredViewParams(hashQuery(window.location.hash), ctx) : [],
  );
  useUrlSync(store, ctx, caseHref(pageId ?? c.id), urlSync);
  return (
    <ViewStoreProvider initial={store.getState()} store={store}>
      <UrlNotice ignored={ignored} onDismiss={() => setIgnored([])} />
      <TimelineView c={c} rc={rc} heading={heading} actions={actions} />
    </ViewStoreProvider>
  );
}
