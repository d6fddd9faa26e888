// The case editor's pure logic: the time builder, pasted measurements, draft edits and the stable
// file format the editor writes. No React and no DOM: the app and views build on this.
export { printJson, PRINT_WIDTH } from './printJson.ts';
export { applyOp, setAt, keepOrder, keyOrder, type EditOp } from './ops.ts';
export { getAt, pathText, type Path, type Step } from './path.ts';
export {
  buildTime,
  emptyTimeForm,
  timeForm,
  TIME_KINDS,
  type TimeForm,
  type TimeKind,
} from './timeBuilder.ts';
export { readTime, type TimeReading } from './timeReading.ts';
export {
  parsePairs,
  pointsFromPairs,
  type PastedPair,
  type PasteError,
  type PasteResult,
} from './pastePairs.ts';
export { blankFor, blankItem, EVENT_KINDS, freshId, newCaseDraft } from './blank.ts';
export { fieldId, parentPaths, problemFieldId } from './fieldIds.ts';
export {
  blankElement,
  childSchema,
  schemaFor,
  shapeOf,
  switchTag,
  variantOf,
  type FieldOf,
  type FieldSchema,
  type FieldShape,
} from './fieldSchema.ts';
