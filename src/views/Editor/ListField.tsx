import { useState, type ReactNode } from 'react';
import {
  blankElement,
  childSchema,
  fieldId,
  freshId,
  pathText,
  shapeOf,
  type FieldSchema,
  type Path,
} from '../../core/editor/index.ts';
import { useEditorApi } from './EditorContext.tsx';
import { Chosen } from './Chosen.tsx';
import { Field, FieldProblems } from './Field.tsx';
import { fieldLabel, itemName, REFERENCES } from './fieldWords.ts';
import { PastePoints } from './PastePoints.tsx';
import { SchemaField } from './SchemaField.tsx';

/** Props of ListField. */
export interface ListFieldProps {
  /** Where the list is in the draft. */
  path: Path;
  /** The list's schema. */
  schema: FieldSchema;
  /** The list as the draft holds it. */
  value: unknown;
  label: string;
  hint?: string;
}

/** Stems of new items' ids, by the list they go in. */
const ID_STEMS: Record<string, string> = {
  sources: 'source',
  products: 'product',
  measurements: 'series',
};

/**
 * A list: ids of other items as a multiple choice, short values one input each, larger items each
 * in a disclosure; items are added blank (an event of the kind picked) and removed one by one.
 */
export function ListField({ path, schema, value, label, hint }: ListFieldProps) {
  const { edit, ids } = useEditorApi();
  const items = Array.isArray(value) ? (value as unknown[]) : [];
  const key = String([...path].reverse().find((s) => typeof s === 'string'));
  const element = childSchema(schema, 0, [undefined]);
  const elShape = element ? shapeOf(element, undefined) : null;
  const kinds = elShape?.type === 'tagged' && elShape.tag === 'kind' ? elShape.tags : null;
  const [kind, setKind] = useState(kinds?.[0] ?? '');
  const [opened] = useState(() => items.length);
  const id = fieldId(path);

  const ref = REFERENCES[key];
  if (ref && elShape?.type === 'text') {
    const choices = ids[ref];
    return (
      <Field id={id} path={pathText(path)} label={label} hint={hint}>
        {(d, invalid) => (
          <>
            <select
              id={id}
              multiple
              size={Math.min(Math.max(choices.length, 2), 6)}
              aria-describedby={[`${id}-chosen`, d].filter(Boolean).join(' ')}
              aria-invalid={invalid || undefined}
              value={items.map(String)}
              onChange={(e) => {
                const picked = [...e.target.selectedOptions].map((o) => o.value);
                edit([{ op: 'set', path, value: picked }]);
              }}
            >
              {choices.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
            <Chosen id={`${id}-chosen`} ids={items.map(String)} />
          </>
        )}
      </Field>
    );
  }

  const add = () => {
    let item = blankElement(schema, kinds ? kind : undefined);
    if (typeof item === 'object' && item !== null && 'id' in item) {
      const taken = items
        .map((x) => (x as { id?: unknown })?.id)
        .filter((x) => typeof x === 'string');
      item = { ...item, id: freshId(kinds ? kind : (ID_STEMS[key] ?? key), taken as string[]) };
    }
    edit([{ op: 'insert', path, index: items.length, value: item }]);
  };
  const scalar =
    elShape !== null && !['object', 'tagged', 'time', 'choice', 'array'].includes(elShape.type);
  const noun = fieldLabel(key).toLowerCase();
  return (
    <fieldset
      className={`ed-group ed-list${path.length === 1 ? ' ed-group--top' : ''}`}
      id={id}
      tabIndex={-1}
    >
      <legend className={path.length === 1 ? 'visually-hidden' : undefined}>{label}</legend>
      {hint && <p className="ed-field__hint">{hint}</p>}
      <FieldProblems id={`${id}-problems`} path={pathText(path)} />
      {items.length > 0 && (
        <ol className={scalar ? 'ed-list__values' : 'ed-list__items'}>
          {items.map((item, i) => {
            const p = [...path, i];
            const sub = childSchema(schema, i, items);
            if (!sub) return null;
            const remove = (
              <button
                type="button"
                className="ed-remove"
                onClick={() => edit([{ op: 'remove', path: p }])}
                aria-label={`Remove ${noun} ${itemName(item, i)}`}
              >
                Remove
              </button>
            );
            const field = (
              <SchemaField
                path={p}
                schema={sub}
                value={item}
                label={scalar ? `${label} ${i + 1}` : itemName(item, i)}
              />
            );
            return (
              <li key={i}>
                {scalar ? (
                  <div className="ed-list__value">
                    {field}
                    {remove}
                  </div>
                ) : (
                  <Item
                    name={itemName(item, i)}
                    kind={kindOf(item)}
                    open={i >= opened || items.length <= 3}
                    path={p}
                  >
                    {field}
                    {remove}
                  </Item>
                )}
              </li>
            );
          })}
        </ol>
      )}
      <div className="ed-list__add">
        {kinds && (
          <>
            <label htmlFor={`${id}-kind`}>Kind of new {noun.replace(/s$/, '')}</label>
            <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value)}>
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
            </select>
          </>
        )}
        <button type="button" className="ed-add" onClick={add}>
          Add {kinds ? kind : noun.replace(/s$/, '')}
        </button>
      </div>
      {key === 'points' && <PastePoints path={path} count={items.length} />}
    </fieldset>
  );
}

const kindOf = (item: unknown) =>
  typeof item === 'object' && item !== null && typeof (item as { kind?: unknown }).kind === 'string'
    ? (item as { kind: string }).kind
    : undefined;

/** One larger item in a disclosure named by its label and kind; new items start open. */
function Item(props: {
  name: string;
  kind?: string;
  open: boolean;
  path: Path;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(props.open);
  return (
    <details
      className="ed-item"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      data-path={pathText(props.path)}
    >
      <summary>
        {props.name}
        {props.kind && <span className="ed-item__kind"> · {props.kind}</span>}
      </summary>
      {props.children}
    </details>
  );
}
