// npm run schema            writes the case JSON Schema generated from the zod format definition.
// npm run schema -- --check exits 1 when the file on disk differs (for CI: the schema was not regenerated).

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCHEMA_FILE, schemaFileText } from '../src/core/validate/schemaFile.ts';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const target = path.join(root, SCHEMA_FILE);

/** Writes or checks the schema file; returns the exit code. */
async function main(args: string[]): Promise<number> {
  const text = schemaFileText();
  if (args.includes('--check')) {
    const onDisk = await readFile(target, 'utf8').catch(() => null);
    if (onDisk === text) {
      console.log(`${SCHEMA_FILE} is up to date.`);
      return 0;
    }
    console.error(
      `${SCHEMA_FILE} ${onDisk === null ? 'is missing' : 'is out of date'}: run "npm run schema".`,
    );
    return 1;
  }
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, text);
  console.log(`Wrote ${SCHEMA_FILE}.`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    console.error(`write-schema: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  },
);
