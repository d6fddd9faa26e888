import { compareHref } from '../../app/router/index.ts';

/** Props of ComparePick. */
export interface ComparePickProps {
  /** Ids of the picked cases (two at most). */
  picked: readonly string[];
  /** Short labels of the cases, by id. */
  labels: ReadonlyMap<string, string>;
  /** Clears the picks. */
  onClear: () => void;
}

/** The comparison bar: how many rows are picked and, with two, the link that compares them. */
export function ComparePick({ picked, labels, onClear }: ComparePickProps) {
  const [a, b] = picked;
  const names = picked.map((id) => labels.get(id) ?? id).join(' and ');
  return (
    <div className="compare-pick" role="status">
      {a && b ? (
        <>
          <span>Picked {names}.</span>{' '}
          <a className="compare-pick__go button" href={compareHref(a, b)}>
            Compare these two
          </a>
        </>
      ) : (
        <span>
          Tick “compare” on two rows to compare them
          {picked.length === 1 ? ` (picked: ${names})` : ''}.
        </span>
      )}
      {picked.length > 0 && (
        <button type="button" className="compare-pick__clear" onClick={onClear}>
          Clear picks
        </button>
      )}
    </div>
  );
}
