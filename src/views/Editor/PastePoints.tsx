import { useId, useState } from 'react';
import {
  parsePairs,
  pointsFromPairs,
  type Path,
  type PasteError,
} from '../../core/editor/index.ts';
import { useEditorApi } from './EditorContext.tsx';

/** Props of PastePoints. */
export interface PastePointsProps {
  /** Path of the series' "points" list. */
  path: Path;
  /** How many points it has, where new ones go. */
  count: number;
}

/**
 * Measurements pasted as a column of day / value pairs (tabs, commas or spaces), counted in days
 * from one event, each with the source and place they were read from. A bad line is named and
 * nothing is added until every line reads.
 */
export function PastePoints({ path, count }: PastePointsProps) {
  const { edit, ids, names } = useEditorApi();
  const uid = useId();
  const [text, setText] = useState('');
  const [anchor, setAnchor] = useState('');
  const [source, setSource] = useState('');
  const [locator, setLocator] = useState('');
  const [errors, setErrors] = useState<PasteError[]>([]);
  const [added, setAdded] = useState<number | null>(null);
  const from = anchor || (ids.events.find((e) => /inf|car/.test(e)) ?? ids.events[0] ?? '');
  const src = source || ids.sources[0] || '';
  const add = () => {
    const { pairs, errors: bad } = parsePairs(text);
    setErrors(bad);
    setAdded(null);
    if (bad.length > 0 || pairs.length === 0) {
      if (pairs.length === 0 && bad.length === 0)
        setErrors([{ line: 1, message: 'nothing to add: paste one day and one value a line' }]);
      return;
    }
    const points = pointsFromPairs(pairs, from, { source: src, locator, basis: 'stated' });
    edit(points.map((value, i) => ({ op: 'insert', path, index: count + i, value })));
    setAdded(points.length);
    setText('');
  };
  return (
    <div className="ed-paste" role="group" aria-labelledby={`${uid}-h`}>
      <p className="ed-paste__title" id={`${uid}-h`}>
        Paste points: one day and one value a line
      </p>
      <div className="ed-paste__row">
        <div className="ed-field">
          <label htmlFor={`${uid}-from`}>Days counted from</label>
          <select id={`${uid}-from`} value={from} onChange={(e) => setAnchor(e.target.value)}>
            {ids.events.map((e) => (
              <option key={e} value={e}>
                {names.get(e) ? `${e} — ${names.get(e)}` : e}
              </option>
            ))}
          </select>
        </div>
        <div className="ed-field">
          <label htmlFor={`${uid}-src`}>Source</label>
          <select id={`${uid}-src`} value={src} onChange={(e) => setSource(e.target.value)}>
            {ids.sources.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
        <div className="ed-field">
          <label htmlFor={`${uid}-loc`}>Where in the source</label>
          <input
            id={`${uid}-loc`}
            type="text"
            placeholder="e.g. Figure 2B"
            value={locator}
            onChange={(e) => setLocator(e.target.value)}
          />
        </div>
      </div>
      <div className="ed-field">
        <label htmlFor={`${uid}-text`}>Day and value pairs</label>
        <textarea
          id={`${uid}-text`}
          rows={4}
          placeholder={'0\t1200\n6\t350758\n28\t<10'}
          value={text}
          aria-describedby={errors.length ? `${uid}-errors` : undefined}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <button type="button" onClick={add}>
        Add pasted points
      </button>
      <div role="status" className="ed-paste__status">
        {added !== null && `Added ${added} point${added === 1 ? '' : 's'}.`}
      </div>
      {errors.length > 0 && (
        <ul className="ed-paste__errors" id={`${uid}-errors`} role="alert">
          {errors.map((e) => (
            <li key={e.line}>
              Line {e.line}: {e.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
