/** One finding of the validator: enough for a curator to find the spot and mend it. */
export interface Problem {
  severity: 'error' | 'warning';
  /** Stable machine code, e.g. "unknown-reference", "offset-cycle". */
  code: string;
  /** File the problem is in, as the user named it (e.g. "public/data/cases/003-zhou.json"). */
  file: string;
  /** JSON path inside the file, e.g. "events[3].time.from"; "" for the whole file. */
  path: string;
  /** What the format expects at that path. */
  expected: string;
  /** What the file holds there, shortened for display. */
  found: string;
  /** What to change. */
  fix: string;
  /** 1-based line and column of the path in the file text, when the text is known. */
  line?: number;
  column?: number;
}

/** Renders a problem as one line: file:line:col  path  expected … found … fix … */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file;
  const at = p.path === '' ? '(whole file)' : p.path;
  return `${p.severity}: ${where} at ${at}: expected ${p.expected}, found ${p.found}. ${p.fix}`;
}

/** Joins path segments as a JS-style path: ["events", 3, "time"] -> "events[3].time". */
export function joinPath(segments: ReadonlyArray<string | number>): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(s)) out += out === '' ? s : `.${s}`;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}
