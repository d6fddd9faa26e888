import type { Problem } from '../../core/validate/problem.ts';

/** Props of ProblemList. */
export interface ProblemListProps {
  /** Problems found in a file, in the validator's order. */
  problems: readonly Problem[];
}

/** Validator findings with file, path, what was expected and found, and how to fix it. */
export function ProblemList({ problems }: ProblemListProps) {
  if (problems.length === 0) return null;
  return (
    <ul className="problems">
      {problems.map((p, i) => (
        <li key={i} className={`problem problem--${p.severity}`}>
          <span className="problem__severity">{p.severity}</span>{' '}
          <code className="problem__where">
            {p.file}
            {p.line ? `:${p.line}:${p.column ?? 1}` : ''}
          </code>{' '}
          at <code className="problem__path">{p.path === '' ? '(whole file)' : p.path}</code>:
          expected {p.expected}, found <code className="problem__found">{p.found}</code>.{' '}
          <span className="problem__fix">{p.fix}</span>
        </li>
      ))}
    </ul>
  );
}
