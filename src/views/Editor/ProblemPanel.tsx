import { memo } from 'react';
import { problemFieldId } from '../../core/editor/index.ts';
import type { Problem } from '../../core/validate/index.ts';
import { problemText } from './Field.tsx';

/** Props of ProblemPanel. */
export interface ProblemPanelProps {
  /** The validator's problems with the draft. */
  problems: readonly Problem[];
}

/** Opens the disclosures around an element and moves focus to it. */
export function focusField(el: HTMLElement): void {
  for (let p = el.parentElement; p; p = p.parentElement)
    if (p instanceof HTMLDetailsElement) p.open = true;
  el.focus();
  el.scrollIntoView({ block: 'center' });
}

/** Every problem the validator finds in the draft; each one's path is a button to its field. */
export const ProblemPanel = memo(function ProblemPanel({ problems }: ProblemPanelProps) {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const go = (p: Problem) => {
    const id = problemFieldId(p.path, (x) => document.getElementById(x) !== null);
    const el = id ? document.getElementById(id) : null;
    if (el) focusField(el);
  };
  return (
    <section className="ed-problems" aria-labelledby="h-ed-problems">
      <h2 id="h-ed-problems">Validator</h2>
      <p role="status" className="ed-problems__count">
        {problems.length === 0
          ? 'No problems: this file passes the validator.'
          : `${errors} error${errors === 1 ? '' : 's'}, ${problems.length - errors} warning${problems.length - errors === 1 ? '' : 's'}.`}
      </p>
      {problems.length > 0 && (
        <ul className="problems">
          {problems.map((p, i) => (
            <li key={i} className={`problem problem--${p.severity}`}>
              <button type="button" className="link-button" onClick={() => go(p)}>
                {p.path === '' ? '(whole file)' : p.path}
              </button>{' '}
              {problemText(p)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});
