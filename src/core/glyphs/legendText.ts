import { TOXICITY_KIND, TOXICITY_STATES } from './toxicity.ts';

/** What a legend entry says: a short label and one sentence. */
export interface LegendText {
  label: string;
  description: string;
}

const SHAPE_WORDS: Record<string, string> = { 'triangle-down': 'downward triangle' };

const entry = (label: string, description: string): LegendText => ({ label, description });

function toxicityEntries(): Array<[string, LegendText]> {
  return Object.values(TOXICITY_KIND).flatMap(({ slug, shape, name, long }) =>
    TOXICITY_STATES.map((state): [string, LegendText] => {
      const key = `tox-${slug}-${state}`;
      const mark = SHAPE_WORDS[shape] ?? shape;
      if (state === 'graded') {
        return [
          key,
          entry(
            `${name}, grade shown in the mark`,
            `${long} (solid ${mark}); the number is the maximum grade the source reports.`,
          ),
        ];
      }
      if (state === 'nr') {
        return [
          key,
          entry(
            `${name}, grade not reported`,
            `${long} (hatched ${mark}, "NR"): the source reports it but gives no grade.`,
          ),
        ];
      }
      return [
        key,
        entry(
          `${name}, not observed`,
          `${long} (hollow ${mark}, "–"): the source says it did not occur.`,
        ),
      ];
    }),
  );
}

function measurementEntries(group: string, name: string): Array<[string, LegendText]> {
  return [
    [
      `${group}-value`,
      entry(`${name}, measured value`, `A ${name} value as the source reports it.`),
    ],
    [
      `${group}-approximate`,
      entry(`${name}, approximate value`, `A ${name} value the source gives as approximate (≈).`),
    ],
    [
      `${group}-censored`,
      entry(
        `${name}, below detection / undetectable`,
        `A ${name} result below the assay's detection limit: a limit, not a measured value.`,
      ),
    ],
    [
      `${group}-above`,
      entry(
        `${name}, above the upper limit`,
        `A ${name} result above the assay's upper limit (hollow diamond): at least this, not a measured value.`,
      ),
    ],
  ];
}

const plan = (what: string, key: string): [string, LegendText] => [
  `plan-${key}`,
  entry(
    `Planned ${what}, not an event`,
    `An intention at the time of the source (hollow, muted); whether it happened is not known.`,
  ),
];

/** Legend text per legend key, in legend order: lane order, then from most to least severe. */
export const LEGEND_TEXT: ReadonlyArray<[string, LegendText]> = [
  ['diagnosis', entry('Diagnosis', 'Diagnosis of the disease (hollow square).')],
  ['relapse', entry('Relapse', 'Relapse of the disease (solid downward triangle).')],
  ['chemotherapy', entry('Chemotherapy', 'Chemotherapy; the bar covers its known duration.')],
  [
    'immunotherapy',
    entry('Immunotherapy / targeted', 'Immunotherapy or targeted therapy, as a labelled bar.'),
  ],
  ['lymphodepletion', entry('Lymphodepletion', 'Lymphodepleting chemotherapy before CAR-T.')],
  [
    'mechanical-ventilation',
    entry('Mechanical ventilation', 'Invasive mechanical ventilation (hollow bar over its span).'),
  ],
  [
    'icu-admission',
    entry(
      'ICU admission',
      'A stay in intensive care (hatched bar; its length when the end is known).',
    ),
  ],
  ['therapy', entry('Other therapy', 'Supportive, anti-cytokine, steroid or other therapy.')],
  ['transplant', entry('Stem cell transplant', 'Haematopoietic stem cell transplant (diamond).')],
  [
    'apheresis',
    entry('Apheresis', 'Collection of cells to make a CAR-T product (hollow triangle).'),
  ],
  ['car-t', entry('CAR-T infusion', 'Infusion of CAR-T cells (star).')],
  ...toxicityEntries(),
  [
    'response-worse',
    entry('Progression / MRD positive', 'Disease worse or detectable again (downward triangle).'),
  ],
  ['response', entry('Response', 'Remission or response as assessed (solid circle).')],
  [
    'response-assessment',
    entry('Assessment', 'Imaging or another assessment; its finding is in the label.'),
  ],
  ...measurementEntries('mrd', 'MRD'),
  ...measurementEntries('chimerism', 'chimerism'),
  ...measurementEntries('lab', 'laboratory'),
  ...measurementEntries('kinetics', 'CAR kinetics'),
  ['death', entry('Death', 'Death as stated by the source (solid cross).')],
  [
    'death-derived',
    entry('Death, not stated', 'Death inferred from the source, not stated by it (hollow cross).'),
  ],
  ['follow-up', entry('Follow-up', 'Last reported status; the label gives it.')],
  plan('transplant', 'transplant'),
  plan('CAR-T infusion', 'car-t-infusion'),
  plan('maintenance', 'maintenance'),
  plan('therapy', 'therapy'),
  plan('step', 'other'),
  ['other', entry('Other event', 'Another event; its label says what happened (hollow circle).')],
];
