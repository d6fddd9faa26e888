import { z } from './zod.ts';
import { Case } from './case.ts';

/** The published JSON Schema (2020-12) for case files, generated from the runtime definition. */
export function caseJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Case, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return {
    ...schema,
    title: 'Caselines case, format v1.1',
  };
}
