// Time resolution: from the precision the sources give to one day axis, without inventing dates.
export * from './types.ts';
export { resolveCase } from './resolve.ts';
export { relativeTo } from './relative.ts';
export {
  describeTime,
  statedWords,
  formatCalendar,
  formatRelative,
  nodeLabel,
  specOf,
} from './describe.ts';
export { dayOf, dateOfDay, dayOfIso, addMonths } from './days.ts';
export { endKey, pointKey, timeNodes } from './nodes.ts';
