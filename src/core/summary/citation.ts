import type { Source } from '../format/index.ts';

/** "Zhou H et al., 2024", or the venue/title and year for unsigned pages: for event rows. */
export function shortCitation(s: Source): string {
  const who =
    s.authors.length === 0
      ? (s.venue ?? s.title)
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

/** The resolver link of a DOI. */
export function doiUrl(doi: string): string {
  return `https://doi.org/${doi}`;
}

/** The URL when it is a web address, else null: data never supplies javascript: or data: links. */
export function webUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}
