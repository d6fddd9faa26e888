import { memo, type ReactNode } from 'react';
import {
  blankFor,
  childSchema,
  fieldId,
  pathText,
  shapeOf,
  switchTag,
  variantOf,
  type FieldOf,
  type FieldSchema,
  type Path,
} from '../../core/editor/index.ts';
import { useEditorApi } from './EditorContext.tsx';
import { FieldProblems } from './Field.tsx';
import { fieldLabel } from './fieldWords.ts';
import { ListField } from './ListField.tsx';
import { ScalarField } from './ScalarField.tsx';
import { TimeField } from './TimeField.tsx';

/** Props of SchemaField. */
export interface SchemaFieldProps {
  /** Where the value is in the draft. */
  path: Path;
  /** What the format wants there. */
  schema: FieldSchema;
  /** The value there, as the draft holds it. */
  value: unknown;
  /** Visible label. */
  label: string;
  /** The format's description of the field. */
  hint?: string;
  /** Whether the key may be left out. */
  optional?: boolean;
}

/** Keys the form does not show: the file's own bookkeeping, kept as it is. */
const HIDDEN = new Set(['$schema']);

/** The form for any place in a case, chosen from the format's schema (new fields need no code here). */
export const SchemaField = memo(
  function SchemaField({ path, schema, value, label, hint, optional = false }: SchemaFieldProps) {
    const shape = shapeOf(schema, value);
    switch (shape.type) {
      case 'time':
        return <TimeField path={path} value={value} label={label} />;
      case 'array':
        return <ListField path={path} schema={schema} value={value} label={label} hint={hint} />;
      case 'object':
        return (
          <ObjectField
            path={path}
            schema={schema}
            value={value}
            label={label}
            fields={shape.fields}
          />
        );
      case 'tagged':
        return <TaggedField path={path} schema={schema} value={value} label={label} />;
      case 'choice':
        return <ChoiceField path={path} schema={schema} value={value} label={label} hint={hint} />;
      default:
        return (
          <ScalarField
            path={path}
            value={value}
            shape={shape}
            label={label}
            hint={hint}
            optional={optional}
          />
        );
    }
  },
  (a, b) =>
    a.value === b.value &&
    a.schema === b.schema &&
    a.label === b.label &&
    pathText(a.path) === pathText(b.path),
);

const record = (v: unknown) =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/** Props of a group of fields. */
interface GroupProps {
  path: Path;
  schema: FieldSchema;
  value: unknown;
  label: string;
  hint?: string;
}

/**
 * A group's frame: a fieldset named by its legend, focusable for problems about the whole group. A
 * top-level part's legend is for screen readers only: its section heading already shows the name.
 */
function Group({ path, label, children }: { path: Path; label: string; children: ReactNode }) {
  const id = fieldId(path);
  return (
    <fieldset
      className={`ed-group${path.length === 1 ? ' ed-group--top' : ''}`}
      id={id}
      tabIndex={-1}
    >
      <legend className={path.length === 1 ? 'visually-hidden' : undefined}>{label}</legend>
      <FieldProblems id={`${id}-problems`} path={pathText(path)} />
      {children}
    </fieldset>
  );
}

/** The fields of one object in schema order; optional parts that are groups are added on demand. */
function ObjectFields({
  path,
  schema,
  value,
  fields,
}: {
  path: Path;
  schema: FieldSchema;
  value: unknown;
  fields: FieldOf[];
}) {
  const { edit } = useEditorApi();
  const obj = record(value);
  return (
    <>
      {fields
        .filter((f) => !HIDDEN.has(f.key))
        .map((f) => {
          const sub = childSchema(schema, f.key, value);
          if (!sub) return null;
          const v = obj[f.key];
          const p = [...path, f.key];
          const label = fieldLabel(f.key);
          const group = ['object', 'tagged', 'time', 'array', 'choice'].includes(
            shapeOf(sub, v).type,
          );
          if (f.optional && group && v === undefined)
            return (
              <button
                key={f.key}
                type="button"
                className="ed-add"
                id={fieldId(p)}
                onClick={() => edit([{ op: 'set', path: p, value: blankFor(sub) }])}
              >
                Add {label.toLowerCase()}
              </button>
            );
          return (
            <div key={f.key} className="ed-slot">
              <SchemaField
                path={p}
                schema={sub}
                value={v}
                label={label}
                hint={f.description}
                optional={f.optional}
              />
              {f.optional && group && (
                <button
                  type="button"
                  className="ed-remove"
                  onClick={() => edit([{ op: 'set', path: p, value: undefined }])}
                >
                  Remove {label.toLowerCase()}
                </button>
              )}
            </div>
          );
        })}
    </>
  );
}

function ObjectField(props: GroupProps & { fields: FieldOf[] }) {
  return (
    <Group path={props.path} label={props.label}>
      <ObjectFields {...props} />
    </Group>
  );
}

/** An object that is one of several kinds (an event's kind, a provenance's basis): the kind first. */
function TaggedField({ path, schema, value, label }: GroupProps) {
  const { edit } = useEditorApi();
  const shape = shapeOf(schema, value);
  if (shape.type !== 'tagged') return null;
  const tagPath = [...path, shape.tag];
  const current = record(value)[shape.tag];
  return (
    <Group path={path} label={label}>
      <div className="ed-field">
        <label htmlFor={fieldId(tagPath)}>{fieldLabel(shape.tag)}</label>
        <select
          id={fieldId(tagPath)}
          value={typeof current === 'string' ? current : ''}
          onChange={(e) =>
            edit([{ op: 'set', path, value: switchTag(schema, shape.tag, e.target.value, value) }])
          }
        >
          {current === undefined && <option value="">— choose —</option>}
          {shape.tags.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
        <FieldProblems id={`${fieldId(tagPath)}-problems`} path={pathText(tagPath)} />
      </div>
      <ObjectFields
        path={path}
        schema={variantOf(schema, value)}
        value={value}
        fields={shape.fields}
      />
    </Group>
  );
}

const GIVEN = '(given)';

/** A value that is either a fixed word ("not-reported") or an object (a grade): pick, then fill in. */
function ChoiceField({ path, schema, value, label, hint }: GroupProps) {
  const { edit } = useEditorApi();
  const shape = shapeOf(schema, value);
  if (shape.type !== 'choice') return null;
  const isObject = typeof value === 'object' && value !== null;
  const id = fieldId(path);
  const variant = variantOf(schema, isObject ? value : {});
  return (
    <Group path={path} label={label}>
      <div className="ed-field">
        <label htmlFor={`${id}-choice`}>{label}: given or not</label>
        <select
          id={`${id}-choice`}
          value={isObject ? GIVEN : typeof value === 'string' ? value : ''}
          onChange={(e) => {
            const v = e.target.value;
            edit([
              {
                op: 'set',
                path,
                value: v === GIVEN ? blankFor(variant) : v === '' ? undefined : v,
              },
            ]);
          }}
        >
          <option value="">— not set —</option>
          {shape.hasObject && <option value={GIVEN}>given</option>}
          {shape.literals.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </select>
        {hint && <p className="ed-field__hint">{hint}</p>}
      </div>
      {isObject && (
        <ObjectFields
          path={path}
          schema={variant}
          value={value}
          fields={
            shapeOf(variant, value).type === 'object'
              ? (shapeOf(variant, value) as { fields: FieldOf[] }).fields
              : []
          }
        />
      )}
    </Group>
  );
}
