import type { Case } from '../../core/format/index.ts';
import { shortCitation } from '../../core/summary/citation.ts';

/** Props of EmbedCaption. */
export interface EmbedCaptionProps {
  /** What the chart shows, e.g. the case title or "A and B". */
  title: string;
  /** The cases shown, whose sources are cited; empty for the cohort (each case page cites its own). */
  cases: readonly Case[];
  /** Where the full view opens in Caselines (relative, so it works from any host). */
  href: string;
}

/** "Author et al., 2024, doi:…" for each source of the cases, once each. */
export function citationText(cases: readonly Case[]): string {
  const parts = cases.flatMap((c) =>
    c.sources.map((s) => (s.doi ? `${shortCitation(s)}, doi:${s.doi}` : shortCitation(s))),
  );
  return [...new Set(parts)].join('; ');
}

/** A small caption over the chart: what it shows and where the facts come from, a slide's citation. */
export function EmbedCaption({ title, cases, href }: EmbedCaptionProps) {
  const cites = citationText(cases);
  return (
    <div className="embed__caption">
      <p className="embed__title">{title}</p>
      <p className="embed__source">
        {cites ? `Source: ${cites}. ` : 'Sources are listed on each case page. '}
        <a href={href} target="_blank" rel="noopener noreferrer">
          Caselines
        </a>
      </p>
    </div>
  );
}
