// The exported drawing's <desc>, word for word: it describes the picture (case, time axis, lanes,
// counts, what the marks mean) and never the app's controls.
import { describe, expect, it } from 'vitest';
import { describeExport, type DescribedChart } from '../../../src/core/export/index.ts';

const zhou: DescribedChart = {
  title: 'Zhou — allogeneic CD7 CAR-T',
  frame: 'Days from CAR-T infusion',
  lanes: [
    { title: 'Disease course', marks: 2 },
    { title: 'Toxicities', marks: 1 },
  ],
  events: 2,
  points: 1,
};

const legend = [
  { label: 'Diagnosis', description: 'Diagnosis of the disease (hollow square).' },
  { label: 'Uncertain time', description: 'A whisker spans every day the source allows' },
  { label: 'Follow-up', description: '' },
];

describe('describeExport', () => {
  it('describes one case: title, time axis, lanes, counts and what the marks mean', () => {
    expect(describeExport({ view: 'case', charts: [zhou], legend })).toBe(
      'Timeline of Zhou — allogeneic CD7 CAR-T. Time axis: Days from CAR-T infusion. ' +
        'Lanes, top to bottom: Disease course (2 marks), Toxicities (1 mark). ' +
        'Drawn: 2 events and 1 measurement point. ' +
        'What the marks mean: Diagnosis: Diagnosis of the disease (hollow square). ' +
        'Uncertain time: A whisker spans every day the source allows. Follow-up. ' +
        'The legend and the sources are drawn below the chart.',
    );
  });

  it('describes a comparison pane by pane (a frame ending in a full stop keeps one)', () => {
    const other: DescribedChart = {
      title: 'Marina',
      frame: 'Day 0: first CAR-T infusion.',
      lanes: [{ title: 'Plans', marks: 1 }],
      events: 1,
      points: 0,
    };
    expect(describeExport({ view: 'compare', charts: [zhou, other], legend: [] })).toBe(
      'Comparison of 2 cases, one timeline each. ' +
        'First case: Zhou — allogeneic CD7 CAR-T. Time axis: Days from CAR-T infusion. ' +
        'Lanes, top to bottom: Disease course (2 marks), Toxicities (1 mark). ' +
        'Drawn: 2 events and 1 measurement point. ' +
        'Second case: Marina. Time axis: Day 0: first CAR-T infusion. ' +
        'Lanes, top to bottom: Plans (1 mark). Drawn: 1 event. ' +
        'The legend and the sources are drawn below the chart.',
    );
  });

  it('describes the cohort plot', () => {
    expect(
      describeExport({
        view: 'cohort',
        patients: 6,
        markers: 41,
        scale: 'symlog',
        legend: [legend[0]!],
      }),
    ).toBe(
      'Cohort swimmer plot of 6 patients, one row each, aligned at the first CAR-T infusion. ' +
        'Time axis: days from that infusion on a symmetric log scale (the first weeks stretched, years compressed); events known only by their order sit in hatched columns at the sides. ' +
        'Drawn: 41 markers. ' +
        'What the marks mean: Diagnosis: Diagnosis of the disease (hollow square). ' +
        'The legend and the sources are drawn below the chart.',
    );
  });

  it('leaves out a time axis it does not know, and says so when nothing is drawn', () => {
    const empty: DescribedChart = { title: 'Kong', frame: null, lanes: [], events: 0, points: 0 };
    expect(describeExport({ view: 'case', charts: [empty], legend: [] })).toBe(
      'Timeline of Kong. Drawn: 0 events. The legend and the sources are drawn below the chart.',
    );
  });

  it('names no control: no keys, buttons, zooming or clicking', () => {
    const text = describeExport({ view: 'case', charts: [zhou], legend });
    expect(text).not.toMatch(/press|\+|−|zoom|click|button|Table|keys/i);
  });
});
