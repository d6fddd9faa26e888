import { memo } from 'react';
import { fieldId, pathText, type FieldShape, type Path } from '../../core/editor/index.ts';
import { useEditorApi } from './EditorContext.tsx';
import { Field } from './Field.tsx';
import { REFERENCES } from './fieldWords.ts';

/** Props of ScalarField. */
export interface ScalarFieldProps {
  /** Where the value is in the draft. */
  path: Path;
  /** The value there (anything: a draft may hold the wrong type, and shows it as typed). */
  value: unknown;
  /** What the format wants there. */
  shape: FieldShape;
  label: string;
  hint?: string;
  /** Whether the key may be left out: clearing the control then removes it. */
  optional: boolean;
}

const asText = (v: unknown) =>
  v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);

/** A number as typed: a number when it reads as one, else the text (the validator names it). */
function readNumber(t: string): number | string {
  return /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i.test(t) ? Number(t) : t;
}

/** One value: text, a number, yes/no, one of a list, or a reference to another item of the case. */
export const ScalarField = memo(function ScalarField({
  path,
  value,
  shape,
  label,
  hint,
  optional,
}: ScalarFieldProps) {
  const { edit, ids, names } = useEditorApi();
  const id = fieldId(path);
  const at = pathText(path);
  const set = (v: unknown) => edit([{ op: 'set', path, value: v }]);
  const cleared = (v: unknown) => (optional ? undefined : v);
  const key = [...path].reverse().find((s) => typeof s === 'string') as string;
  const ref = REFERENCES[key];
  const pick = (choices: readonly (string | number)[], empty: string, desc?: string) => (
    <Field id={id} path={at} label={label} hint={hint}>
      {(d, invalid) => (
        <select
          id={id}
          aria-describedby={d ?? desc}
          aria-invalid={invalid || undefined}
          value={asText(value)}
          onChange={(e) => {
            const c = choices.find((x) => String(x) === e.target.value);
            set(c === undefined ? cleared('') : c);
          }}
        >
          <option value="">{empty}</option>
          {/* A value not among the choices (a typo in a copied file) stays visible. */}
          {value !== undefined &&
            value !== '' &&
            !choices.some((c) => String(c) === asText(value)) && (
              <option value={asText(value)}>{asText(value)} (not in the list)</option>
            )}
          {choices.map((c) => (
            <option key={String(c)} value={String(c)}>
              {names.get(String(c)) ? `${c} — ${names.get(String(c))}` : String(c)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  if (ref && shape.type === 'text') return pick(ids[ref], optional ? '— none —' : '— choose —');
  if (shape.type === 'enum') return pick(shape.values, optional ? '— not given —' : '— choose —');
  if (shape.type === 'boolean')
    return (
      <Field id={id} path={at} label={label} hint={hint}>
        {(d, invalid) => (
          <select
            id={id}
            aria-describedby={d}
            aria-invalid={invalid || undefined}
            value={value === true ? 'yes' : value === false ? 'no' : ''}
            onChange={(e) =>
              set(e.target.value === 'yes' ? true : e.target.value === 'no' ? false : undefined)
            }
          >
            <option value="">— not given —</option>
            <option value="yes">yes</option>
            <option value="no">no</option>
          </select>
        )}
      </Field>
    );
  const long = shape.type === 'text' && shape.long;
  const number = shape.type === 'number';
  return (
    <Field id={id} path={at} label={label} hint={hint}>
      {(d, invalid) => {
        const props = {
          id,
          'aria-describedby': d,
          'aria-invalid': invalid || undefined,
          value: asText(value),
          onChange: (e: { target: { value: string } }) => {
            const t = e.target.value;
            set(t === '' ? cleared('') : number ? readNumber(t) : t);
          },
        };
        return long ? (
          <textarea rows={3} {...props} />
        ) : (
          <input type="text" inputMode={number ? 'decimal' : undefined} {...props} />
        );
      }}
    </Field>
  );
});
