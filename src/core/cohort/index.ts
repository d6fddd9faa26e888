// The cohort swimmer plot as plain data: rows aligned at the first CAR-T infusion, sort keys, view query.
export * from './types.ts';
export { buildCohort, entryCohort, sortRows } from './cohort.ts';
export { cohortRow, failedRow, swimmerRow, rowOf, rowLabel } from './row.ts';
export { rowFacts, type RowFacts, type MarkerFacts } from './rowFacts.ts';
export { packRow, unpackRow, type PackedRow } from './packRow.ts';
export { placeMarkers, firstInfusion } from './placeMarkers.ts';
export { markerKind, markerGlyph } from './markerKind.ts';
export { crsKey, crsRank, targetKey, diseaseKey, followUpDay } from './sortKeys.ts';
export { parseCohortQuery, formatCohortQuery, DEFAULT_COHORT_QUERY } from './query.ts';
export { cohortLegend, type CohortLegendEntry } from './legend.ts';
export { dayText, placeText } from './words.ts';
export { cohortTicks, type CohortTick } from './ticks.ts';
export { cohortAxis, rowGeometry, ROW_PX, SLOT_PX, SYMLOG_DAYS } from './geometry.ts';
export type { CohortAxis, RowGeometry, MarkerGeometry } from './geometry.ts';
