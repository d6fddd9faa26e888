// The <desc> of an exported drawing: what the picture shows, for a screen reader or a search
// index reading the file away from the app. A file has no controls, so it names none.

/** One case chart as the description needs it. */
export interface DescribedChart {
  /** The case's title. */
  title: string;
  /** The time axis in words ("Days from CAR-T infusion"); null when not known. */
  frame: string | null;
  /** The lanes drawn, top to bottom, with how many marks each holds. */
  lanes: ReadonlyArray<{ title: string; marks: number }>;
  /** Events drawn (points and periods). */
  events: number;
  /** Measurement points drawn. */
  points: number;
}

/** One legend entry as the description reads it. */
export interface DescribedEntry {
  /** Short name of what is drawn. */
  label: string;
  /** What it means (may be empty). */
  description: string;
}

/** What an export's description is built from. */
export type ExportDescInput =
  | {
      view: 'case' | 'compare';
      /** The charts, in reading order (one for a case, two for a comparison). */
      charts: readonly DescribedChart[];
      /** The legend of the marks drawn. */
      legend: readonly DescribedEntry[];
    }
  | {
      view: 'cohort';
      /** Patient rows drawn. */
      patients: number;
      /** Markers drawn over all rows. */
      markers: number;
      /** The time axis' scale: symmetric log (the page's default) or linear. */
      scale: 'symlog' | 'linear';
      /** The legend of the markers drawn. */
      legend: readonly DescribedEntry[];
    };

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "A, B and C". */
function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** What one chart draws: its time axis, lanes and how many marks of each kind. */
function chartSentences(c: DescribedChart): string {
  const parts: string[] = [];
  // A pane's alignment line ends with its own full stop.
  const frame = c.frame?.trim().replace(/\.+$/, '');
  if (frame) parts.push(`Time axis: ${frame}.`);
  const lanes = c.lanes.map((l) => `${l.title} (${count(l.marks, 'mark')})`);
  if (lanes.length > 0) parts.push(`Lanes, top to bottom: ${lanes.join(', ')}.`);
  const drawn = [
    ...(c.events > 0 || c.points === 0 ? [count(c.events, 'event')] : []),
    ...(c.points > 0 ? [count(c.points, 'measurement point')] : []),
  ];
  parts.push(`Drawn: ${list(drawn)}.`);
  return parts.join(' ');
}

/** "What the marks mean: Diagnosis: … Relapse: …" from the legend entries. */
function legendSentences(legend: readonly DescribedEntry[]): string {
  if (legend.length === 0) return '';
  const items = legend.map((e) => {
    const d = e.description.trim();
    if (!d) return `${e.label}.`;
    return `${e.label}: ${/[.!?]$/.test(d) ? d : `${d}.`}`;
  });
  return `What the marks mean: ${items.join(' ')}`;
}

const ORDINAL = ['First', 'Second', 'Third'];

/**
 * The description of an exported case timeline, comparison or cohort plot: the case(s), the time
 * axis, the lanes with their mark counts, how many events and measurements are drawn, what each
 * kind of mark means, and that the legend and sources are drawn below. It describes the picture,
 * never the app's controls.
 */
export function describeExport(input: ExportDescInput): string {
  const parts: string[] = [];
  if (input.view === 'cohort') {
    parts.push(
      `Cohort swimmer plot of ${count(input.patients, 'patient')}, one row each, aligned at the first CAR-T infusion.`,
    );
    parts.push(
      input.scale === 'symlog'
        ? 'Time axis: days from that infusion on a symmetric log scale (the first weeks stretched, years compressed); events known only by their order sit in hatched columns at the sides.'
        : 'Time axis: days from that infusion on a linear scale; events known only by their order sit in hatched columns at the sides.',
    );
    parts.push(`Drawn: ${count(input.markers, 'marker')}.`);
  } else if (input.view === 'case' || input.charts.length === 1) {
    const c = input.charts[0];
    if (c) parts.push(`Timeline of ${c.title}.`, chartSentences(c));
  } else {
    parts.push(`Comparison of ${count(input.charts.length, 'case')}, one timeline each.`);
    input.charts.forEach((c, i) =>
      parts.push(`${ORDINAL[i] ?? `Case ${i + 1}`} case: ${c.title}.`, chartSentences(c)),
    );
  }
  const legend = legendSentences(input.legend);
  if (legend) parts.push(legend);
  parts.push('The legend and the sources are drawn below the chart.');
  return parts.join(' ');
}
