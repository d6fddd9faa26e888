import type { ReactNode } from 'react';
import { isOwnCase } from '../../core/library/caseFromText.ts';
import type { CaseLoad } from '../../core/library/loadLibrary.ts';
import { compareHref, landingHref } from '../../app/router/route.ts';
import { CurationNotes } from '../CurationNotes/CurationNotes.tsx';
import { ExportMenu } from '../Export/ExportMenu.tsx';
import { ShareButton } from '../Share/ShareButton.tsx';
import { ErrorBoundary } from '../ErrorBoundary/ErrorBoundary.tsx';
import { EventList } from '../EventList/EventList.tsx';
import { MeasurementTables } from '../MeasurementTables/MeasurementTables.tsx';
import { PatientFacts } from '../PatientFacts/PatientFacts.tsx';
import { ProblemList } from '../ProblemList/ProblemList.tsx';
import { ProductList } from '../ProductList/ProductList.tsx';
import { SourceList } from '../SourceList/SourceList.tsx';
import { TimelinePanel } from './TimelinePanel.tsx';

/** Props of CasePage. */
export interface CasePageProps {
  /** The case to show, loaded or failed. */
  load: CaseLoad;
  /** Keep the timeline view in the address (off in stories and tests). */
  urlSync?: boolean;
}

/**
 * A case page: the timeline with its controls, legend and details first, then the facts, the
 * events in resolved order (the list alternative to the chart), measurements, sources and notes.
 */
export function CasePage({ load, urlSync = true }: CasePageProps) {
  return (
    <article className="case" data-case-id={load.entry.id}>
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <a href={landingHref}>All cases</a>
      </nav>
      {isOwnCase(load.entry.id) && (
        <p className="case__own">
          Your own file, <code>{load.entry.file}</code>: opened in this browser, not part of the
          curated library.
        </p>
      )}
      {load.status === 'error' ? (
        <>
          <h1 tabIndex={-1}>{load.entry.title}</h1>
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

function LoadedCase({
  load,
  urlSync,
}: {
  load: Extract<CaseLoad, { status: 'ok' }>;
  urlSync: boolean;
}) {
  const { case: c, resolved: rc, problems } = load;
  return (
    <>
      <h1 tabIndex={-1}>{c.title}</h1>
      <p className="case__summary">{c.summary}</p>
      <p className="case__actions">
        <a href={compareHref(load.entry.id)}>Compare this case with another</a>
      </p>
      {problems.length > 0 && (
        <Section id="warnings" title="Validator findings">
          <ProblemList problems={problems} />
        </Section>
      )}
      <Section id="timeline" title="Timeline">
        <ExportMenu view="case" loads={[load]}>
          {/* Others cannot open a reader's own file, so a link to it would not work for them. */}
          {!isOwnCase(load.entry.id) && (
            <ShareButton view="case" caseId={load.entry.id} title={c.title} />
          )}
        </ExportMenu>
        <TimelinePanel c={c} rc={rc} urlSync={urlSync} pageId={load.entry.id} />
      </Section>
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
