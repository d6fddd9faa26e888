// CAR kinetics: points relative to an anchor, peak, Cmax/Tmax/AUC0–28, log axes and value text.
export type { KineticsPoint, KineticsSummary } from './types.ts';
export { kineticsSummary, AUC_METHOD, PK_WINDOW, PK_MIN_POINTS } from './summary.ts';
export { kineticsPoints } from './points.ts';
export { aucLinearUpLogDown } from './auc.ts';
export { logDomain, logTicks } from './logScale.ts';
export { formatValue, superscript } from './formatValue.ts';
export { curvePath, pointsForView } from './curve.ts';
export {
  isAboveLimit,
  isBelowLimit,
  isCensored,
  isQuantified,
  isKineticsSeries,
} from './censored.ts';
