import type { Event, Series } from '../format/index.ts';
import type { LaneId } from './types.ts';

export const LANE_TITLES: Record<LaneId, string> = {
  disease: 'Disease course',
  therapy: 'Therapies',
  cellular: 'Cellular therapy',
  toxicity: 'Toxicities',
  response: 'Response assessments',
  measurements: 'Measurements',
  kinetics: 'CAR kinetics',
  outcome: 'Follow-up and outcome',
  plans: 'Plans',
};

// Words that mark an "other" event as a test or assessment rather than a change in the disease.
const ASSESSMENT =
  /\b(assess|evaluat|re-?evaluat|exam|test|biops|aspirat|PET|CT|MRI|imaging|scan|NGS|sequenc|flow|cytometr|MRD|marrow)/i;

/**
 * The lane an event belongs to. ICU stays and mechanical ventilation are supportive care, read
 * beside the other therapies; apheresis is the first step of a cellular therapy. Remission and progression are states of the disease, read next to
 * relapses in the disease course; every other response (CR, PR, MRD status, PET-CT) is an
 * assessment at a time and stays in the response lane.
 */
export function laneOfEvent(e: Event): LaneId {
  switch (e.kind) {
    case 'diagnosis':
    case 'relapse':
      return 'disease';
    case 'response':
      return e.assessment === 'remission' || e.assessment === 'progression'
        ? 'disease'
        : 'response';
    case 'chemotherapy':
    case 'immunotherapy':
    case 'lymphodepletion':
    case 'therapy':
    case 'icu-admission':
    case 'mechanical-ventilation':
      return 'therapy';
    case 'apheresis':
    case 'transplant':
    case 'car-t-infusion':
      return 'cellular';
    case 'toxicity':
      return 'toxicity';
    case 'follow-up':
    case 'death':
      return 'outcome';
    case 'plan':
      return 'plans';
    case 'other':
      // The curator's lane (format 1.1) wins; a 1.0 file's lane is guessed from the label.
      return e.lane ?? (ASSESSMENT.test(e.label) ? 'response' : 'disease');
  }
}

/** CAR kinetics (transgene copies, CAR-T % or counts) get their own lane; other labs are measurements. */
export function laneOfSeries(s: Series): LaneId {
  return s.quantity === 'car-transgene' ||
    s.quantity === 'car-t-flow' ||
    s.quantity === 'car-t-count'
    ? 'kinetics'
    : 'measurements';
}
