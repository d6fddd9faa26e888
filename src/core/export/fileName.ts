// Names of exported files: predictable from the view and case ids, safe on every file system.

/** Which view a file was exported from. */
export type ExportView = 'case' | 'compare' | 'cohort';

/** What is being written: the drawing, a raster at a scale, or the offline page. */
export type ExportKind = { kind: 'svg' } | { kind: 'png'; scale: number } | { kind: 'html' };

/** Lower-case letters, digits and dashes only: ids from a reader's own file may hold anything. */
function slug(id: string): string {
  return id
    .toLowerCase()
    .replace(/^own:/, 'own-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/**
 * "caselines-003-zhou.svg", "caselines-compare-003-zhou-000-marina@2x.png",
 * "caselines-cohort.html": the view and cases in the name, so several exports sort together.
 */
export function exportFileName(view: ExportView, caseIds: readonly string[], what: ExportKind) {
  const parts = ['caselines'];
  if (view !== 'case') parts.push(view);
  if (view !== 'cohort') parts.push(...caseIds.map(slug).filter(Boolean));
  const base = parts.join('-');
  if (what.kind === 'png') return `${base}${what.scale === 1 ? '' : `@${what.scale}x`}.png`;
  return `${base}.${what.kind}`;
}
