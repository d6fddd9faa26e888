import { useLibraryStore } from '../../app/store/index.ts';
import { landingHref } from '../../app/router/index.ts';
import { CaseOpener } from './CaseOpener.tsx';
import { showCase } from './showCase.ts';

/** Props of OwnCaseElsewhere. */
export interface OwnCaseElsewhereProps {
  /** The own case's id from the address, "own:…". */
  caseId: string;
}

/**
 * A link to a case opened from a file, followed in a browser that does not hold that file: such
 * cases are never uploaded, so the page says where the case lives and offers to open the file here.
 */
export function OwnCaseElsewhere({ caseId }: OwnCaseElsewhereProps) {
  const openOwnFile = useLibraryStore((s) => s.openOwnFile);
  return (
    <section className="own-elsewhere" aria-labelledby="h-own-elsewhere">
      <h1 id="h-own-elsewhere" tabIndex={-1}>
        This case is in another browser
      </h1>
      <p>
        <code>{caseId}</code> was opened from a file, and a case opened from a file lives only in
        the browser that opened it: Caselines never uploads it, so this link cannot bring it here.
      </p>
      <p>If you have the file, open it here to see its timeline.</p>
      <CaseOpener onOpen={openOwnFile} onOpened={showCase} />
      <p>
        <a href={landingHref}>Back to all cases</a>
      </p>
    </section>
  );
}
