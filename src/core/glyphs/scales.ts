// What each grade means on the published scales, paraphrased for a reader without the paper.

/** ASTCT consensus grading of CRS (Lee et al., 2019): set by blood pressure and oxygen support. */
export const ASTCT_CRS: Record<number, string> = {
  1: 'fever of 38 °C or more, with neither low blood pressure nor low oxygen',
  2: 'fever with low blood pressure that needs no vasopressor, and/or low oxygen that needs only low-flow oxygen (nasal cannula up to 6 L/min)',
  3: 'fever with low blood pressure that needs one vasopressor (with or without vasopressin), and/or low oxygen that needs high-flow oxygen (more than 6 L/min by nasal cannula, or a face mask)',
  4: 'fever with low blood pressure that needs several vasopressors (vasopressin aside), and/or low oxygen that needs positive-pressure support (CPAP, BiPAP, intubation and ventilation)',
};

/** ASTCT consensus grading of ICANS in adults: the worst of the ICE score and the other domains. */
export const ASTCT_ICANS: Record<number, string> = {
  1: 'ICE score 7–9 of 10 and wakes by itself',
  2: 'ICE score 3–6 and wakes to voice',
  3: 'ICE score 0–2, or wakes only to touch, or a seizure that stops quickly (or EEG-only seizures that respond to treatment), or local brain swelling on imaging',
  4: 'cannot be woken or assessed, or a prolonged (over 5 minutes) or repeated seizure, or deep focal weakness such as hemiparesis, or diffuse brain swelling or signs of raised intracranial pressure',
};

/** Overall grade of acute GVHD on the MAGIC criteria, from skin, liver and gut stages. */
export const MAGIC_ACUTE_GVHD: Record<number, string> = {
  1: 'skin involvement only (stage 1–2), no liver or gut involvement',
  2: 'skin stage 3, and/or liver or gut stage 1',
  3: 'liver and/or gut stage 2–3',
  4: 'skin, liver or gut stage 4',
};

/** Overall grade of acute GVHD on the Glucksberg criteria: organ stages plus the patient's state. */
export const GLUCKSBERG_GVHD: Record<number, string> = {
  1: 'skin stage 1–2, no liver or gut involvement',
  2: 'skin stage 1–3 with liver and/or gut stage 1, and a mild fall in performance',
  3: 'skin stage 2–3 with liver and/or gut stage 2–3, and a marked fall in performance',
  4: 'organ involvement to stage 4 or an extreme fall in performance',
};

/** CTCAE v5 general severity grades, shared by every adverse event it covers. */
export const CTCAE: Record<number, string> = {
  1: 'mild: no or mild symptoms, observation only, no treatment needed',
  2: 'moderate: simple, local or non-invasive treatment needed; limits some everyday activities',
  3: 'severe or medically significant but not immediately life-threatening; hospital care needed; limits self-care',
  4: 'life-threatening; urgent intervention needed',
  5: 'death related to the adverse event',
};

/** The NIH consensus rates chronic GVHD by global severity words, not numbered grades. */
export const NIH_CHRONIC =
  'the NIH consensus scores each organ 0–3 and rates chronic GVHD overall as mild, moderate or severe';
