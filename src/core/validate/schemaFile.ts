import { caseJsonSchema } from '../format/index.ts';

/** Where the published JSON Schema lives, relative to the project root. */
export const SCHEMA_FILE = 'public/data/schema/case.schema.json';

/** The exact text of the published schema file: pretty-printed, with a final newline. */
export function schemaFileText(): string {
  return `${JSON.stringify(caseJsonSchema(), null, 2)}\n`;
}
