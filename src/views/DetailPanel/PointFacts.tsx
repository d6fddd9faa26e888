import type { Point, Series } from '../../core/format/index.ts';
import { pointValueText, qualifierText } from '../../core/summary/valueText.ts';

/** Props of PointFacts. */
export interface PointFactsProps {
  /** The series the point belongs to. */
  series: Series;
  /** The measured point. */
  point: Point;
}

/** A measurement's value as printed, its qualifier, and how the series was measured. */
export function PointFacts({ series: s, point: p }: PointFactsProps) {
  const rows: Array<[string, string | undefined]> = [
    [
      'Value',
      p.value === undefined
        ? qualifierText(p.qualifier) || 'not reported'
        : pointValueText(p, s.unit),
    ],
    ['Qualifier', p.value === undefined ? undefined : qualifierText(p.qualifier) || undefined],
    ['As printed', p.asPrinted && `“${p.asPrinted}”`],
    ['Peak', p.peak ? 'the source reports this value as the peak' : undefined],
    ['Specimen', s.specimen],
    ['Method', s.method],
    ['Unit', s.unit],
  ];
  return (
    <dl className="detail__facts">
      {rows
        .filter((r): r is [string, string] => !!r[1])
        .map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
    </dl>
  );
}
