// npm run validate                  checks the whole library under public/data
// npm run validate -- a.json b.json checks the given case files (an index.json: its whole library)
// npm run validate -- --json …      prints the problems as JSON instead of lines
// Exit code 1 when any error is found. Bad input is reported as a problem, never as a stack trace.

import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { INDEX_PATH, loadLibrary, type Reader } from '../src/core/library/loadLibrary.ts';
import { finish, warning } from '../src/core/validate/draft.ts';
import { formatProblem } from '../src/core/validate/problem.ts';
import { checkCaseFile, display, readText, type Report } from './caseFiles.ts';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Checks index.json in `dataDir`, every case it lists, and case files it does not list. */
async function checkLibrary(dataDir: string): Promise<Report> {
  let filesChecked = 0;
  const read: Reader = async (rel) => {
    const text = await readText(path.join(dataDir, rel));
    if (text !== null) filesChecked++;
    return text;
  };
  const label = (rel: string) => display(path.join(dataDir, rel));
  const lib = await loadLibrary(read, { label });
  const problems = [...lib.indexProblems, ...lib.cases.flatMap((c) => c.problems)];

  const listed = new Set(lib.index?.cases.map((e) => e.file) ?? []);
  for (const name of await caseFiles(path.join(dataDir, 'cases'))) {
    const rel = `cases/${name}`;
    if (listed.has(rel)) continue;
    const file = label(rel);
    if (lib.index) {
      const why = `Add an entry for it to ${label(INDEX_PATH)}, or remove the file.`;
      problems.push(
        ...finish(
          [
            warning(
              'unlisted-file',
              '',
              `a case file listed in ${label(INDEX_PATH)}`,
              'a file the index does not list',
              why,
            ),
          ],
          file,
        ),
      );
    }
    const report = await checkCaseFile(path.join(dataDir, rel), file);
    filesChecked += report.filesChecked;
    problems.push(...report.problems);
  }
  return { filesChecked, problems };
}

/** Names of the .json files in a folder, sorted; none when the folder does not exist. */
async function caseFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.filter((n) => n.endsWith('.json')).sort();
}

/** Runs the checks the arguments ask for and prints the result; returns the exit code. */
async function main(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const usage = 'usage: npm run validate -- [--json] [case.json … | path/to/index.json]';
  if (args.includes('--help')) {
    console.log(usage);
    return 0;
  }
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--json');
  if (unknown.length > 0) {
    console.error(`validate: unknown option ${unknown.join(', ')}\n${usage}`);
    return 1;
  }
  const files = args.filter((a) => !a.startsWith('--'));
  const reports: Report[] = [];
  if (files.length === 0) reports.push(await checkLibrary(path.join(root, 'public', 'data')));
  for (const f of files) {
    const abs = path.resolve(f);
    reports.push(
      path.basename(f) === INDEX_PATH
        ? await checkLibrary(path.dirname(abs))
        : await checkCaseFile(abs, f),
    );
  }
  const problems = reports.flatMap((r) => r.problems);
  const filesChecked = reports.reduce((n, r) => n + r.filesChecked, 0);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (json) console.log(JSON.stringify({ filesChecked, errors, warnings, problems }, null, 2));
  else {
    for (const p of problems) console.log(formatProblem(p));
    console.log(
      `${count(filesChecked, 'file')} checked: ${count(errors, 'error')}, ${count(warnings, 'warning')}`,
    );
  }
  return errors > 0 ? 1 : 0;
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    console.error(`validate: internal error: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  },
);
