import type { ReactNode } from 'react';
import { formatProblem } from '../../core/validate/index.ts';
import { useProblemsAt } from './EditorContext.tsx';

/** Props of Field. */
export interface FieldProps {
  /** Element id of the control (fieldId of its path). */
  id: string;
  /** The validator's path of the value, for its problems. */
  path: string;
  /** Visible label. */
  label: string;
  /** The format's description of the field, shown under it. */
  hint?: string;
  /** The control, given `aria-describedby` ids to wire. */
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}

/** One labelled control with its hint and the validator's problems at its path, read out with it. */
export function Field({ id, path, label, hint, children }: FieldProps) {
  const problems = useProblemsAt(path);
  const ids = [hint ? `${id}-hint` : '', problems.length ? `${id}-problems` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`ed-field${problems.length ? ' ed-field--problem' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children(
        ids || undefined,
        problems.some((p) => p.severity === 'error'),
      )}
      {hint && (
        <p className="ed-field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <FieldProblems id={`${id}-problems`} path={path} />
    </div>
  );
}

/** Props of FieldProblems. */
export interface FieldProblemsProps {
  /** Element id, for aria-describedby. */
  id: string;
  /** The validator path whose problems to show. */
  path: string;
}

/** The validator's problems at one path, in its own words (as `npm run validate` prints them). */
export function FieldProblems({ id, path }: FieldProblemsProps) {
  const problems = useProblemsAt(path);
  if (problems.length === 0) return null;
  return (
    <ul className="ed-field__problems" id={id}>
      {problems.map((p, i) => (
        <li key={i} className={`problem problem--${p.severity}`}>
          {problemText(p)}
        </li>
      ))}
    </ul>
  );
}

/** A problem as the validator prints it, without the file and position the form makes plain. */
export function problemText(p: Parameters<typeof formatProblem>[0]): string {
  return `${p.severity}: expected ${p.expected}, found ${p.found}. ${p.fix}`;
}
