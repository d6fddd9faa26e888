import { landingHref } from '../../app/router/index.ts';

/** Props of NotFound. */
export interface NotFoundProps {
  /** The case id asked for, when the address named a case; omitted for an unknown address. */
  caseId?: string;
}

/** An address that names no case (or no screen at all), with a way back to the library. */
export function NotFound({ caseId }: NotFoundProps) {
  return (
    <>
      <h1 tabIndex={-1}>{caseId === undefined ? 'Page not found' : 'Case not found'}</h1>
      <p className="not-found">
        {caseId === undefined ? (
          'This address does not lead to a page of Caselines.'
        ) : (
          <>
            The library has no case with the id <code>{caseId}</code>.
          </>
        )}
      </p>
      <p>
        <a href={landingHref}>Back to all cases</a>
      </p>
    </>
  );
}
