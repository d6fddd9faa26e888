import type { Provenance, Source } from '../../core/format/index.ts';
import { doiUrl, shortCitation, sourceTitle, webUrl } from '../../core/summary/citation.ts';

/** Props of SourceDetail. */
export interface SourceDetailProps {
  /** Where the fact comes from. */
  provenance: Provenance;
  /** The case's sources. */
  sources: readonly Source[];
}

/**
 * The source of one fact in full: citation with title and link, locator, the quoted words, and
 * whether the source states it or the curator derived it (with the reasoning).
 */
export function SourceDetail({ provenance: p, sources }: SourceDetailProps) {
  const s = sources.find((x) => x.id === p.source);
  const url = s?.doi ? doiUrl(s.doi) : webUrl(s?.url);
  return (
    <dl className="detail__source">
      <div>
        <dt>Source</dt>
        <dd className="detail__citation">
          {s ? (
            <>
              {shortCitation(s)}. <cite>{sourceTitle(s)}</cite>
              {s.venue ? `. ${s.venue}` : ''}
              {url && (
                <>
                  {' '}
                  <a href={url} rel="noreferrer noopener" target="_blank">
                    {s.doi ? `doi:${s.doi}` : 'link'}
                  </a>
                </>
              )}
            </>
          ) : (
            `unknown source “${p.source}”`
          )}
        </dd>
      </div>
      <div>
        <dt>Where</dt>
        <dd className="detail__locator">{p.locator}</dd>
      </div>
      {p.quote && (
        <div>
          <dt>Words</dt>
          <dd>
            <q>{p.quote}</q>
          </dd>
        </div>
      )}
      {p.corroboratedBy && (
        <div>
          <dt>Also reported by</dt>
          <dd className="detail__corroboration">
            <ul>
              {p.corroboratedBy.map((o, i) => {
                const other = sources.find((x) => x.id === o.source);
                return (
                  <li key={`${o.source}-${i}`}>
                    {other ? shortCitation(other) : `unknown source “${o.source}”`}, {o.locator}
                    {o.quote && (
                      <>
                        : <q>{o.quote}</q>
                      </>
                    )}
                  </li>
                );
              })}
            </ul>
          </dd>
        </div>
      )}
      <div>
        <dt>Basis</dt>
        <dd className={`detail__basis detail__basis--${p.basis}`}>
          {p.basis === 'stated' ? 'Stated by the source' : `Derived by the curator: ${p.reason}`}
        </dd>
      </div>
    </dl>
  );
}
