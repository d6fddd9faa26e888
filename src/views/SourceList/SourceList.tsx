import type { Source } from '../../core/format/index.ts';
import {
  authorsUnknown,
  doiUrl,
  sourceTitle,
  volumeIssuePages,
  webUrl,
} from '../../core/summary/citation.ts';
import { Notes } from '../Notes/Notes.tsx';

/** Props of SourceList. */
export interface SourceListProps {
  /** The case's sources, in the order the curator listed them. */
  sources: readonly Source[];
}

const TYPE_LABEL: Record<Source['type'], string> = {
  'journal-article': 'Journal article',
  'journal-abstract': 'Journal abstract',
  preprint: 'Preprint (not peer reviewed)',
  'web-page': 'Web page',
  news: 'News item',
  slides: 'Slides',
};

/** Full citations: authors, title, venue, year, volume(issue):pages, DOI link, web address, licence. */
export function SourceList({ sources }: SourceListProps) {
  return (
    <ol className="sources">
      {sources.map((s) => (
        <li key={s.id} className="source" data-source-id={s.id}>
          <Citation source={s} />
        </li>
      ))}
    </ol>
  );
}

function Citation({ source: s }: { source: Source }) {
  const vip = volumeIssuePages(s);
  const venue = [s.venue, s.year, vip].filter((x) => x !== undefined && x !== '').join(' ');
  const url = webUrl(s.url);
  return (
    <>
      <p className="source__citation">
        {s.authors.length > 0 && <span className="source__authors">{s.authors.join(', ')}. </span>}
        {authorsUnknown(s) && <span className="source__authors missing">Authors not known. </span>}
        <cite className={s.title === undefined ? 'source__title missing' : 'source__title'}>
          {sourceTitle(s)}
        </cite>
        {venue && <span className="source__venue">. {venue}</span>}.
      </p>
      <dl className="source__facts">
        <div>
          <dt>Type</dt>
          <dd>{TYPE_LABEL[s.type]}</dd>
        </div>
        {s.published && (
          <div>
            <dt>Published</dt>
            <dd>{s.published}</dd>
          </div>
        )}
        {s.doi && (
          <div>
            <dt>DOI</dt>
            <dd>
              <a href={doiUrl(s.doi)} rel="noopener noreferrer">
                {s.doi}
              </a>
            </dd>
          </div>
        )}
        {url && (
          <div>
            <dt>Web</dt>
            <dd>
              <a href={url} rel="noopener noreferrer">
                {url}
              </a>
            </dd>
          </div>
        )}
        <div>
          <dt>Licence</dt>
          <dd>{s.licence ?? <span className="missing">not known</span>}</dd>
        </div>
      </dl>
      <Notes notes={s.notes} />
    </>
  );
}
