import type { Source } from '../format/index.ts';

/** The source's title, or words saying the curator could not find it (format 1.1 "unknown"). */
export function sourceTitle(s: Source): string {
  return s.title ?? 'title not known';
}

/** True when the curator marked the authors as not known: not the same as an unsigned page. */
export function authorsUnknown(s: Source): boolean {
  return s.unknown?.includes('authors') ?? false;
}

/** "Zhou H et al., 2024", or the venue/title and year for unsigned pages: for event rows. */
export function shortCitation(s: Source): string {
  const who =
    s.authors.length === 0
      ? `${s.venue ?? sourceTitle(s)}${authorsUnknown(s) ? ' (authors not known)' : ''}`
      : s.authors.length === 1
        ? s.authors[0]
        : `${s.authors[0]} et al.`;
  return s.year === undefined ? `${who}` : `${who}, ${s.year}`;
}

/** "15(3):876–880", "15", "" — the journal locator part of a citation. */
export function volumeIssuePages(s: Source): string {
  const issue = s.issue ? `(${s.issue})` : '';
  const vol = s.volume ? `${s.volume}${issue}` : issue;
  if (!s.pages) return vol;
  return vol ? `${vol}:${s.pages}` : `pp. ${s.pages}`;
}

// A DOI as the format writes it ("10.3389/fimmu.2024.1519055"), optionally after "doi:".
const DOI = /^(?:doi:)?(10\.\d{4,9}\/\S+)$/i;

/** The resolver link of a DOI; each part is percent-encoded so no DOI can add a query, fragment or path step. */
export function doiUrl(doi: string): string {
  return `https://doi.org/${doi.split('/').map(encodeURIComponent).join('/')}`;
}

/** The URL when it is a web address, else null: data never supplies javascript: or data: links. */
export function webUrl(url: string | undefined): string | null {
  const u = parseUrl(url);
  return u && (u.protocol === 'https:' || u.protocol === 'http:') ? u.href : null;
}

/**
 * The href for a link taken from data, or null when it must not be a link. Only https:, http:,
 * mailto: and DOIs ("10.…" or "doi:10.…", sent to doi.org) pass; javascript:, data:, vbscript:,
 * relative and protocol-relative addresses do not, however they are cased, spaced or split by
 * tabs (the URL parser sees through those tricks the way a browser would).
 */
export function safeHref(raw: string | undefined): string | null {
  if (!raw) return null;
  const doi = DOI.exec(raw.trim());
  if (doi) return doiUrl(doi[1]!);
  const u = parseUrl(raw);
  if (!u) return null;
  return u.protocol === 'https:' || u.protocol === 'http:' || u.protocol === 'mailto:'
    ? u.href
    : null;
}

/** An absolute URL, or null; a relative address (no scheme) is refused rather than resolved against the page. */
function parseUrl(raw: string | undefined): URL | null {
  if (!raw) return null;
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}
