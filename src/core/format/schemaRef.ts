// Where a case file's "$schema" can point. Inside the repository a relative path works; a file kept
// anywhere else needs an absolute address, and the built site publishes the schema beside its data.

/** Path of the published case schema inside the built site, relative to the site's root. */
export const CASE_SCHEMA_PATH = 'data/schema/case.schema.json';

/** The "$schema" of a case file in public/data/cases/ (relative to that folder). */
export const CASE_SCHEMA_IN_REPO = '../schema/case.schema.json';

/**
 * The absolute schema address of the site served at `siteUrl` (its root page, e.g.
 * "https://example.org/caselines/"), for a file kept outside the repository.
 */
export function caseSchemaUrl(siteUrl: string): string {
  return new URL(CASE_SCHEMA_PATH, siteUrl).href;
}
