// The pure layout core: frames, node places, the piecewise axis, lanes, packing, ticks and labels.
export * from './types.ts';
export { frameChoices, CALENDAR } from './frames.ts';
export { placeNode, placeNodes, MAX_WINDOW_DAYS } from './place.ts';
export {
  buildAxis,
  buildSharedAxis,
  DEFAULT_BREAK_THRESHOLD_DAYS,
  type AxisPart,
} from './buildAxis.ts';
export { dayToU, uToDay, slotToU } from './axisMap.ts';
export { axisTicks } from './ticks.ts';
export { describeU } from './describeU.ts';
export { placeLabels } from './labels.ts';
export { layoutTimeline, layoutAligned, type AlignedPane } from './layoutTimeline.ts';
export { laneOfEvent, laneOfSeries, LANE_TITLES } from './lanes.ts';
export { packRows } from './pack.ts';
export { durationWords, ORDER_BAND_LABEL } from './words.ts';
export { treatmentLinks, type TreatmentLink } from './treatmentLinks.ts';
