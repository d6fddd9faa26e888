import type { ReactNode } from 'react';
import { isOwnCase } from '../../core/library/ownFile.ts';
import type { CaseLoad } from '../../core/library/loadLibrary.ts';
import { compareHref, landingHref } from '../../app/router/index.ts';
import { useEndPrerender } from '../../app/prerender/index.ts';
import { CurationNotes } from '../CurationNotes/CurationNotes.tsx';
import { ExportMenu } from '../Export/ExportMenu.tsx';
import { ShareButton } from '../Share/ShareButton.tsx';
import { PresentButton } from '../Present/PresentButton.tsx';
import { ErrorBoundary } from '../ErrorBoundary/ErrorBoundary.tsx';
import { EventList } from '../EventList/EventList.tsx';
import { MeasurementTables } from '../MeasurementTables/MeasurementTables.tsx';
import { PatientFacts } from '../PatientFacts/PatientFacts.tsx';
import { ProblemList } from '../ProblemList/ProblemList.tsx';
import { ProductList } from '../ProductList/ProductList.tsx';
import { SourceList } from '../SourceList/SourceList.tsx';
import { EditCopyButton } from '../Editor/EditCopyButton.tsx';
import { CaseSummary } from './CaseSummary.tsx';
import { TimelinePanel } from './TimelinePanel.tsx';
import { ALL_CASES, COMPARE_THIS, EDIT_COPY } from './caseWords.ts';

/** Props of CasePage. */
export interface CasePageProps {
  /** The case to show, loaded or failed. */
  load: CaseLoad;
  /** Keep the timeline view in the address (off in stories and tests). */
  urlSync?: boolean;
}

/**
 * A case page: a compact title and summary, the timeline with its one-row toolbar, legend and
 * details first, then the facts, the events in resolved order (the list alternative to the
 * chart), measurements, sources and notes.
 */
export function CasePage({ load, urlSync = true }: CasePageProps) {
  const own = isOwnCase(load.entry.id);
  // Its chart (a child, whose effects run first) has drawn: the build's picture can go.
  useEndPrerender();
  return (
    <article className="case" data-case-id={load.entry.id}>
      {load.status === 'error' ? (
        <>
          <CaseHead title={load.entry.title} />
          {own && <OwnFileNote file={load.entry.file} />}
          <p className="case__error" role="alert">
            This case file could not be loaded. What the validator found:
          </p>
          <ProblemList problems={load.problems} />
        </>
      ) : (
        <LoadedCase key={load.entry.id} load={load} urlSync={urlSync} />
      )}
    </article>
  );
}

/**
 * The first lines of a case page, kept short so the chart starts high: the way back and the title
 * on one line, then the summary (clamped) beside the page's other actions.
 */
function CaseHead({
  title,
  summary,
  actions,
}: {
  title: string;
  summary?: string;
  actions?: ReactNode;
}) {
  return (
    <div className="case__head">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <a href={landingHref}>{ALL_CASES}</a>
      </nav>
      <h1 tabIndex={-1}>{title}</h1>
      {summary !== undefined && <CaseSummary text={summary} />}
      {actions && <p className="case__actions">{actions}</p>}
    </div>
  );
}

function OwnFileNote({ file }: { file: string }) {
  return (
    <p className="case__own">
      Your own file, <code>{file}</code>: opened in this browser, not part of the curated library.
    </p>
  );
}

function LoadedCase({
  load,
  urlSync,
}: {
  load: Extract<CaseLoad, { status: 'ok' }>;
  urlSync: boolean;
}) {
  const { case: c, resolved: rc, problems } = load;
  const own = isOwnCase(load.entry.id);
  const findings = problems.length > 0 && (
    <Section id="warnings" title="Validator findings">
      <ProblemList problems={problems} />
    </Section>
  );
  return (
    <>
      <CaseHead
        title={c.title}
        summary={c.summary}
        actions={
          <>
            <a href={compareHref(load.entry.id)}>{COMPARE_THIS}</a>
            {/* Beside the page's other ways on, not in the chart's toolbar, which has no room. */}
            {!own && <PresentButton view="case" caseId={load.entry.id} />}
            {/* An own file opens straight here, so its page offers what the opener's result did. */}
            <EditCopyButton load={load}>{own ? 'Open in editor' : EDIT_COPY}</EditCopyButton>
          </>
        }
      />
      {own && <OwnFileNote file={load.entry.file} />}
      {/* A reader checking their own file reads its findings first. A library case that loaded has
          warnings only: they follow its chart, which keeps the place the build's picture showed
          it in (the picture's page has no findings above it; a chart that moved down would jump). */}
      {own && findings}
      {/* The heading sits at the start of the chart's toolbar row, so it costs no line of its own. */}
      <section className="case__section case__section--timeline" aria-labelledby="h-timeline">
        <ErrorBoundary what="the section “Timeline”">
          <TimelinePanel
            c={c}
            rc={rc}
            urlSync={urlSync}
            pageId={load.entry.id}
            heading={
              <h2 id="h-timeline" className="case-toolbar__title">
                Timeline
              </h2>
            }
            actions={
              <ExportMenu view="case" loads={[load]}>
                {/* Others cannot open a reader's own file, so a link to it would not work for them. */}
                {!own && <ShareButton view="case" caseId={load.entry.id} title={c.title} />}
              </ExportMenu>
            }
          />
        </ErrorBoundary>
      </section>
      {!own && findings}
      <div className="case__overview">
        <Section id="patient" title="Patient">
          <PatientFacts patient={c.patient} sources={c.sources} />
        </Section>
        <Section id="products" title="CAR-T products">
          <ProductList products={c.products} sources={c.sources} />
        </Section>
      </div>
      <Section id="events" title="Events in order">
        <EventList c={c} rc={rc} />
      </Section>
      <Section id="measurements" title="Measurements">
        <MeasurementTables c={c} rc={rc} />
      </Section>
      <Section id="sources" title="Sources">
        <SourceList sources={c.sources} />
      </Section>
      <Section id="curation" title="Curation">
        <CurationNotes curation={c.curation} />
      </Section>
    </>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className={`case__section case__section--${id}`} aria-labelledby={`h-${id}`}>
      <h2 id={`h-${id}`}>{title}</h2>
      <ErrorBoundary what={`the section “${title}”`}>{children}</ErrorBoundary>
    </section>
  );
}
