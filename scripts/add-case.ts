// npm run add-case -- case.json              validates the file, copies it into public/data/cases/
//                                            as <id>.json and lists it in public/data/index.json
// npm run add-case -- --replace case.json    also when the library already has a case with that id
// npm run add-case -- --data dir case.json   works on another data folder (dir/index.json, dir/cases/)
// Refuses a file with errors, printing the validator's messages; nothing is written then.

import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { indexEntryFor, indexText, withEntry } from '../src/core/library/indexEntry.ts';
import { INDEX_PATH } from '../src/core/library/loadLibrary.ts';
import { formatProblem } from '../src/core/validate/problem.ts';
import { validateIndexText } from '../src/core/validate/validateIndex.ts';
import { checkCaseFile, display, readText } from './caseFiles.ts';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));

/** The library's data folder unless --data names another. */
export const DEFAULT_DATA_DIR = path.join(root, 'public', 'data');

/** What add-case did, as lines for the terminal, and whether it succeeded. */
export interface AddCaseResult {
  ok: boolean;
  lines: string[];
}

/**
 * Adds the case file `file` to the library in `dataDir`: the same checks as `npm run validate`,
 * then a copy at cases/<id>.json and the case's entry in index.json. Writes nothing on refusal.
 */
export async function addCase(
  file: string,
  dataDir: string,
  opts: { replace?: boolean } = {},
): Promise<AddCaseResult> {
  const report = await checkCaseFile(path.resolve(file), file);
  // The copy is named after the id, which settles the one warning about the file's name.
  const problems = report.problems.filter((p) => p.code !== 'id-differs-from-file-name');
  const lines = problems.map(formatProblem);
  const c = report.case;
  if (!c)
    return {
      ok: false,
      lines: [...lines, `add-case: ${file} was not added: fix the errors above.`],
    };

  const indexFile = path.join(dataDir, INDEX_PATH);
  const indexShown = display(indexFile);
  const text = await readText(indexFile);
  if (text === null) return { ok: false, lines: [...lines, `add-case: ${indexShown} not found.`] };
  const checked = validateIndexText(text, indexShown);
  if (!checked.index) {
    const why = checked.problems.map(formatProblem);
    return { ok: false, lines: [...lines, ...why, `add-case: fix ${indexShown} first.`] };
  }

  const entry = indexEntryFor(c);
  const target = path.join(dataDir, entry.file);
  const change = withEntry(checked.index, entry, opts.replace ?? false);
  if (!change.ok) {
    return {
      ok: false,
      lines: [
        ...lines,
        `add-case: ${indexShown} already lists the case "${c.id}" (${change.existing.file}). Run with --replace to overwrite it, or give the new case another id.`,
      ],
    };
  }
  if (!opts.replace && (await readText(target)) !== null) {
    return {
      ok: false,
      lines: [
        ...lines,
        `add-case: ${display(target)} exists but is not in ${indexShown}. Run with --replace to overwrite it.`,
      ],
    };
  }
  await mkdir(path.dirname(target), { recursive: true });
  await copyFile(path.resolve(file), target);
  await writeFile(indexFile, indexText(change.index));
  const did = change.replaced ? 'Replaced' : 'Added';
  return {
    ok: true,
    lines: [
      ...lines,
      `${did} "${c.id}": ${display(target)}, listed in ${indexShown} as ${JSON.stringify(entry.title)}.`,
    ],
  };
}

/** Reads the arguments, adds the case, prints what happened; returns the exit code. */
async function main(args: string[]): Promise<number> {
  const usage = 'usage: npm run add-case -- [--replace] [--data <dir>] <case.json>';
  const replace = args.includes('--replace');
  const dataAt = args.indexOf('--data');
  const dataDir = dataAt >= 0 ? args[dataAt + 1] : DEFAULT_DATA_DIR;
  const rest = args.filter((a, i) => a !== '--replace' && i !== dataAt && i !== dataAt + 1);
  const unknown = rest.filter((a) => a.startsWith('--'));
  if (args.includes('--help')) {
    console.log(usage);
    return 0;
  }
  if (!dataDir || unknown.length > 0 || rest.length !== 1) {
    const why = unknown.length > 0 ? `unknown option ${unknown.join(', ')}` : 'give one case file';
    console.error(`add-case: ${why}\n${usage}`);
    return 1;
  }
  const result = await addCase(rest[0]!, path.resolve(dataDir), { replace });
  for (const line of result.lines) (result.ok ? console.log : console.error)(line);
  return result.ok ? 0 : 1;
}

// Run only as a command, so tests can import addCase.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      console.error(`add-case: internal error: ${e instanceof Error ? e.message : String(e)}`);
      process.exitCode = 1;
    },
  );
}
