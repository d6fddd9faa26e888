// The source-citation footer of an exported drawing: a picture pasted into a talk travels without
// the app, so it must name where its facts come from.
import type { Case, Source } from '../format/index.ts';
import { authorsUnknown, sourceTitle, volumeIssuePages } from '../summary/citation.ts';

/** "Huanhuan Zhou et al., Frontiers in Immunology 2024;15. doi:10.3389/…" for one source. */
export function sourceCitation(s: Source): string {
  const who =
    s.authors.length === 0
      ? authorsUnknown(s)
        ? 'Authors not known'
        : null
      : s.authors.length === 1
        ? s.authors[0]!
        : `${s.authors[0]} et al.`;
  const vip = volumeIssuePages(s);
  const where = [s.venue ?? (who ? null : s.title), s.year].filter(Boolean).join(' ');
  const head = [who, where ? `${where}${vip ? `;${vip}` : ''}` : vip].filter(Boolean).join(', ');
  const link = s.doi ? `doi:${s.doi.replace(/^doi:/i, '')}` : (s.url ?? '');
  return [head || sourceTitle(s), link].filter(Boolean).join('. ');
}

/** A case as its citation lines name it: its title and each source's citation (sourceCitation). */
export interface CitedCase {
  title: string;
  citations: readonly string[];
}

/**
 * One "Source: …" line per distinct source of the given cases. With several cases, each line
 * starts with the cases it backs ("Pan et al. case 1, Pan et al. case 2: Source: …"), so a reader
 * knows which citation belongs to which patient and a shared paper is cited once.
 */
export function citationLines(cases: readonly Case[]): string[] {
  return citedLines(
    cases.map((c) => ({ title: c.title, citations: c.sources.map(sourceCitation) })),
  );
}

/** citationLines from cases already cited (the library summary carries each case's citations). */
export function citedLines(cases: readonly CitedCase[]): string[] {
  const users = new Map<string, string[]>();
  for (const c of cases)
    for (const cite of c.citations) {
      const who = users.get(cite) ?? [];
      const name = c.title.split(' — ')[0]!;
      if (!who.includes(name)) who.push(name);
      users.set(cite, who);
    }
  return [...users].map(([cite, who]) =>
    cases.length > 1 ? `${who.join(', ')}: Source: ${cite}` : `Source: ${cite}`,
  );
}

/**
 * Breaks text into lines of at most `maxChars` characters at spaces (a word longer than the line
 * stands alone): SVG has no text flow, and the footer must stay inside the drawing's width.
 */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
