import { useState, type ReactNode } from 'react';
import { citationLines } from '../../core/export/citation.ts';
import type { ExportView } from '../../core/export/fileName.ts';
import type { CaseLoad } from '../../core/library/loadLibrary.ts';
import type { CohortExport } from './exportActions.ts';

/** Props of ExportMenu. */
export interface ExportMenuProps {
  /** The view the menu exports: one case, a comparison, or the cohort. */
  view: ExportView;
  /** The cases the view shows; their sources go into the citation footer. */
  loads?: readonly CaseLoad[];
  /** A cohort drawn from the library summary instead of `loads`: its rows, citations and files. */
  cohort?: CohortExport;
  /** Further buttons in the same toolbar (the "Share / embed" button goes here). */
  children?: ReactNode;
}

type Actions = typeof import('./exportActions.ts');
let actions: Promise<Actions> | null = null;
/** The export code, fetched once on first use so the pages load without it. */
const loadActions = () => (actions ??= import('./exportActions.ts'));

const PNG_SCALES = [1, 2, 4] as const;
const NO_LOADS: readonly CaseLoad[] = [];

/**
 * The Export toolbar of a view: SVG, PNG at 1×, 2× and 4×, Print, and Offline HTML. Files are
 * drawn in the browser from the view's scenes and saved by download; nothing is uploaded. The
 * sources also print under the chart (print-only note), so a printed page cites them too.
 */
export function ExportMenu({ view, loads = NO_LOADS, cohort, children }: ExportMenuProps) {
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const cases = loads.flatMap((l) => (l.status === 'ok' ? [l.case] : []));

  const run = async (what: string, job: (a: Actions) => string | Promise<string>) => {
    if (busy) return;
    setBusy(true);
    setStatus(`Making ${what}…`);
    try {
      const name = await job(await loadActions());
      setStatus(`Saved ${name}`);
    } catch (e) {
      setStatus(`Could not export ${what}: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };
  const req = { view, loads, ...(cohort ? { cohort } : {}) };

  return (
    <div className="export">
      <div
        className="export-menu"
        role="toolbar"
        aria-label="Export"
        data-export-view={view}
        onPointerEnter={() => void loadActions()}
        onFocus={() => void loadActions()}
      >
        <span className="export-menu__label" aria-hidden="true">
          Export
        </span>
        <button
          type="button"
          disabled={busy}
          onClick={() => void run('SVG', (a) => a.exportSvg(req))}
        >
          SVG
        </button>
        {PNG_SCALES.map((scale) => (
          <button
            key={scale}
            type="button"
            disabled={busy}
            aria-label={`PNG ${scale}×`}
            onClick={() => void run(`PNG ${scale}×`, (a) => a.exportPng(req, scale))}
          >
            PNG {scale}×
          </button>
        ))}
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
        <button
          type="button"
          className="export-menu__offline"
          disabled={busy}
          onClick={() => void run('offline HTML', (a) => a.exportOffline(req))}
        >
          Offline HTML
        </button>
        {children}
        <span className="export-menu__status" role="status">
          {status}
        </span>
      </div>
      <div className="export-print-note">
        {(cohort?.citations ?? citationLines(cases)).map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
    </div>
  );
}
