import { useId, useState, type DragEvent } from 'react';
import type { CaseLoad } from '../../core/library/loadLibrary.ts';
import { MAX_CASE_BYTES, MAX_EVENTS, sizeText } from '../../core/validate/limits.ts';
import { OpenResult } from './OpenResult.tsx';
import { readOwnFile } from './readOwnFile.ts';

/** Props of CaseOpener. */
export interface CaseOpenerProps {
  /** Validates one text (the same validator as `npm run validate`) and adds the case when it loads. */
  onOpen: (text: string, name: string) => CaseLoad | Promise<CaseLoad>;
  /** Called when one file (or a paste) opened without errors, to show its timeline at once. */
  onOpened?: (load: CaseLoad) => void;
}

/** Name given to pasted text in messages, where a file would give its own name. */
export const PASTED_NAME = 'pasted text';

/**
 * Opens the reader's own case files: a file picker, a drop zone and a paste box. Files are read
 * in the browser and never sent anywhere; each outcome is listed with the validator's findings.
 * One file that opens goes on to `onOpened`; several stay listed here, each with its link.
 */
export function CaseOpener({ onOpen, onOpened }: CaseOpenerProps) {
  const ids = useId();
  const [results, setResults] = useState<CaseLoad[]>([]);
  const [pasted, setPasted] = useState('');
  const [over, setOver] = useState(false);

  const openFiles = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    const loads = await Promise.all([...files].map((f) => readOwnFile(f, onOpen)));
    setResults(loads);
    if (loads.length === 1) opened(loads[0]!);
  };
  const opened = (load: CaseLoad) => {
    if (load.status === 'ok') onOpened?.(load);
  };
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    void openFiles(e.dataTransfer.files);
  };
  const onDragOver = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };

  return (
    <div className="opener">
      <p className="opener__privacy">
        Files are read in this browser and never uploaded. Limits: {sizeText(MAX_CASE_BYTES)} per
        file, {MAX_EVENTS.toLocaleString('en')} events per case.
      </p>
      <div
        className={over ? 'opener__drop opener__drop--over' : 'opener__drop'}
        data-testid="case-drop"
        onDragOver={onDragOver}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <label htmlFor={`${ids}-file`}>Choose a case file (.json)</label>
        <input
          id={`${ids}-file`}
          type="file"
          accept=".json,application/json"
          multiple
          onChange={(e) => {
            void openFiles(e.currentTarget.files);
            e.currentTarget.value = '';
          }}
        />
        <span className="opener__hint">or drop it here</span>
      </div>
      <form
        className="opener__paste"
        onSubmit={(e) => {
          e.preventDefault();
          void Promise.resolve(onOpen(pasted, PASTED_NAME)).then((load) => {
            setResults([load]);
            opened(load);
          });
        }}
      >
        <label htmlFor={`${ids}-paste`}>Or paste the JSON of a case</label>
        <textarea
          id={`${ids}-paste`}
          value={pasted}
          rows={4}
          spellCheck={false}
          onChange={(e) => setPasted(e.currentTarget.value)}
        />
        <button type="submit" className="plain-button" disabled={pasted.trim() === ''}>
          Open pasted text
        </button>
      </form>
      <div className="opener__results" aria-live="polite">
        {results.map((load, i) => (
          <OpenResult key={`${i}-${load.entry.file}`} load={load} />
        ))}
      </div>
    </div>
  );
}
