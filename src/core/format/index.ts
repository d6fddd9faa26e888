// The case format, v1: one zod definition for runtime validation, TypeScript types and JSON Schema.
export * from './primitives.ts';
export * from './provenance.ts';
export * from './time.ts';
export * from './event.ts';
export * from './measurement.ts';
export * from './case.ts';
export { caseJsonSchema } from './jsonSchema.ts';
