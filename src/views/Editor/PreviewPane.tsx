import { memo, useMemo } from 'react';
import type { Case } from '../../core/format/index.ts';
import { frameChoices } from '../../core/layout/index.ts';
import type { ResolvedCase } from '../../core/time/types.ts';
import { ViewStoreProvider } from '../../app/viewStore/index.ts';
import { ErrorBoundary } from '../ErrorBoundary/ErrorBoundary.tsx';
import { initialView } from '../Timeline/initialView.ts';
import { useTimelineModel } from '../Timeline/model/useTimelineModel.ts';
import { Timeline } from '../Timeline/Timeline.tsx';

/** Props of PreviewPane. */
export interface PreviewPaneProps {
  /** The last version of the draft that loaded; null before the first. */
  c: Case | null;
  /** Its resolved times. */
  rc: ResolvedCase | null;
  /** Whether that version is the draft as it is now. */
  current: boolean;
}

/**
 * The draft's timeline, drawn by the case page's own chart from the same scene, as it is edited.
 * Memoised: a keystroke re-renders the form, and the chart only when a check gives a new version.
 */
export const PreviewPane = memo(function PreviewPane({ c, rc, current }: PreviewPaneProps) {
  // A new set of frames (an anchor added or removed) starts the view again from the default.
  const frames = useMemo(
    () =>
      c && rc
        ? frameChoices(c, rc)
            .map((f) => f.label)
            .join('|')
        : '',
    [c, rc],
  );
  return (
    <section className="ed-preview" aria-labelledby="h-ed-preview" data-current={current}>
      <h2 id="h-ed-preview">Preview</h2>
      <p className="ed-preview__note" role="status">
        {c === null
          ? 'The timeline appears once the draft has no errors.'
          : current
            ? 'The draft as it is now.'
            : 'The last version without errors; fix the problems listed to update it.'}
      </p>
      {c && rc && (
        <ViewStoreProvider key={frames} initial={initialView(c, rc)}>
          {/* Each version gets its own boundary: one the chart fails on must not hide the next
              ones (the view, held above it, stays as the curator left it). */}
          <ErrorBoundary key={versionOf(c)} what="the preview">
            <PreviewChart c={c} rc={rc} />
          </ErrorBoundary>
        </ViewStoreProvider>
      )}
    </section>
  );
});

const versions = new WeakMap<Case, number>();
let lastVersion = 0;

/** A number for each version of the draft the check loaded (the same case object, the same number). */
function versionOf(c: Case): number {
  let n = versions.get(c);
  if (n === undefined) versions.set(c, (n = ++lastVersion));
  return n;
}

function PreviewChart({ c, rc }: { c: Case; rc: ResolvedCase }) {
  const model = useTimelineModel(c, rc);
  return <Timeline model={model} />;
}
