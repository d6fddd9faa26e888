// The case format, v1.1 (reads 1.0 files unchanged): one zod definition for runtime validation, TypeScript types and JSON Schema.
export * from './primitives.ts';
export * from './provenance.ts';
export * from './time.ts';
export * from './event.ts';
export * from './measurement.ts';
export * from './case.ts';
export { caseJsonSchema } from './jsonSchema.ts';
export { courseMaximum, toxicityGrade } from './gradeCourse.ts';
export { CASE_SCHEMA_IN_REPO, CASE_SCHEMA_PATH, caseSchemaUrl } from './schemaRef.ts';
