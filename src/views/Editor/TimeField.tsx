import { useEffect, useRef, useState } from 'react';
import {
  buildTime,
  fieldId,
  keepOrder,
  pathText,
  readTime,
  timeForm,
  TIME_KINDS,
  type Path,
  type TimeForm,
  type TimeKind,
} from '../../core/editor/index.ts';
import { useBaseCase, useEditorApi } from './EditorContext.tsx';
import { Chosen } from './Chosen.tsx';
import { FieldProblems } from './Field.tsx';

/** Props of TimeField. */
export interface TimeFieldProps {
  /** Where the time is in the draft. */
  path: Path;
  /** The time as the draft holds it. */
  value: unknown;
  label: string;
}

/** What each kind of time is called in the builder. */
const KIND_WORDS: Record<TimeKind, string> = {
  date: 'a day (date)',
  month: 'a month',
  year: 'a year',
  offset: 'counted from another event',
  order: 'only an order (after / before)',
  'source-date': 'the source’s own date',
  unknown: 'not given by the source',
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The time builder: pick what the source gives (a date, a month, a year, an offset, an order, the
 * source's own date, nothing), fill in its few fields, and read beside them how the resolver places
 * it, in the case page's words, next to the source's own.
 */
export function TimeField({ path, value, label }: TimeFieldProps) {
  const { edit, ids, names } = useEditorApi();
  const base = useBaseCase();
  const [form, setForm] = useState<TimeForm>(() => timeForm(value));
  const written = useRef<unknown>(value);
  // An undo or redo changes the time under the form: start again from what the draft now holds.
  useEffect(() => {
    if (!same(value, written.current)) {
      written.current = value;
      setForm(timeForm(value));
    }
  }, [value]);
  const update = (patch: Partial<TimeForm>) => {
    const next = { ...form, ...patch };
    setForm(next);
    const spec = keepOrder(value, buildTime(next) as Record<string, unknown>);
    written.current = spec;
    edit([{ op: 'set', path, value: spec }]);
  };
  const id = fieldId(path);
  const at = pathText(path);
  const sub = (k: string) => fieldId(`${at}.${k}`);
  const text = (
    k: keyof TimeForm & string,
    words: string,
    placeholder?: string,
    hint?: string,
    wide = false,
  ) => (
    <div className={wide ? 'ed-field ed-field--wide' : 'ed-field'}>
      <label htmlFor={sub(k)}>{words}</label>
      <input
        id={sub(k)}
        type="text"
        placeholder={placeholder}
        value={form[k] as string}
        aria-describedby={hint ? `${sub(k)}-hint` : undefined}
        onChange={(e) => update({ [k]: e.target.value })}
      />
      {hint && (
        <p className="ed-field__hint" id={`${sub(k)}-hint`}>
          {hint}
        </p>
      )}
      <FieldProblems id={`${sub(k)}-problems`} path={`${at}.${k}`} />
    </div>
  );
  const eventChoice = (k: 'from', words: string) => (
    <div className="ed-field ed-field--wide">
      <label htmlFor={sub(k)}>{words}</label>
      <select id={sub(k)} value={form[k]} onChange={(e) => update({ [k]: e.target.value })}>
        <option value="">— choose an event —</option>
        {ids.events.map((e) => (
          <option key={e} value={e}>
            {names.get(e) ? `${e} — ${names.get(e)}` : e}
          </option>
        ))}
      </select>
      <FieldProblems id={`${sub(k)}-problems`} path={`${at}.${k}`} />
    </div>
  );
  const events = (k: 'after' | 'before', words: string) => (
    <div className="ed-field ed-field--wide">
      <label htmlFor={sub(k)}>{words}</label>
      <select
        id={sub(k)}
        multiple
        size={Math.min(Math.max(ids.events.length, 2), 5)}
        value={form[k]}
        aria-describedby={`${sub(k)}-chosen`}
        onChange={(e) => update({ [k]: [...e.target.selectedOptions].map((o) => o.value) })}
      >
        {ids.events.map((e) => (
          <option key={e} value={e}>
            {names.get(e) ? `${e} — ${names.get(e)}` : e}
          </option>
        ))}
      </select>
      <Chosen id={`${sub(k)}-chosen`} ids={form[k]} />
      <FieldProblems id={`${sub(k)}-problems`} path={`${at}.${k}`} />
    </div>
  );
  const reading = base ? readTime(base, path, value) : null;
  return (
    <fieldset className="ed-group ed-time" id={id} tabIndex={-1}>
      <legend>{label}</legend>
      <FieldProblems id={`${id}-problems`} path={at} />
      <div className="ed-field">
        <label htmlFor={sub('kind')}>What the source gives</label>
        <select
          id={sub('kind')}
          value={form.kind}
          onChange={(e) => update({ kind: e.target.value as TimeKind })}
        >
          {TIME_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_WORDS[k]}
            </option>
          ))}
        </select>
      </div>
      <div className="ed-time__fields">
        {form.kind === 'date' && text('date', 'Date', 'YYYY-MM-DD')}
        {form.kind === 'month' && text('month', 'Month', 'YYYY-MM')}
        {form.kind === 'year' && text('year', 'Year', 'YYYY')}
        {form.kind === 'offset' && (
          <>
            {text(
              'amount',
              form.range ? 'From' : 'Amount',
              'e.g. 13',
              'Negative: before the event.',
            )}
            {form.range && text('amountMax', 'To', 'e.g. 31')}
            <div className="ed-field">
              <label htmlFor={sub('unit')}>Unit</label>
              <select
                id={sub('unit')}
                value={form.unit}
                onChange={(e) => update({ unit: e.target.value as TimeForm['unit'] })}
              >
                {(['day', 'week', 'month', 'year'] as const).map((u) => (
                  <option key={u} value={u}>
                    {u}s
                  </option>
                ))}
              </select>
            </div>
            {eventChoice('from', 'Counted from')}
            <div className="ed-field">
              <label htmlFor={sub('anchor')}>Of that event’s</label>
              <select
                id={sub('anchor')}
                value={form.anchor}
                onChange={(e) => update({ anchor: e.target.value as 'start' | 'end' })}
              >
                <option value="start">start</option>
                <option value="end">end</option>
              </select>
            </div>
            <div className="ed-checks ed-field--wide">
              <label>
                <input
                  type="checkbox"
                  checked={form.approximate}
                  onChange={(e) => update({ approximate: e.target.checked })}
                />{' '}
                approximate (“about”)
              </label>
              <label>
                <input
                  type="checkbox"
                  checked={form.range}
                  onChange={(e) => update({ range: e.target.checked })}
                />{' '}
                a range (“within”, “3–5”)
              </label>
            </div>
            {form.approximate && text('tolerance', 'Give or take', 'default: 10%, at least ½')}
          </>
        )}
        {form.kind === 'order' && (
          <>
            {events('after', 'After')}
            {events('before', 'Before')}
            {text('notBefore', 'Not before', 'YYYY-MM-DD')}
            {text('notAfter', 'Not after', 'YYYY-MM-DD')}
          </>
        )}
        {form.kind === 'source-date' && (
          <div className="ed-field">
            <label htmlFor={sub('source')}>Source</label>
            <select
              id={sub('source')}
              value={form.source}
              onChange={(e) => update({ source: e.target.value })}
            >
              <option value="">— choose a source —</option>
              {ids.sources.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
            <FieldProblems id={`${sub('source')}-problems`} path={`${at}.source`} />
          </div>
        )}
        {text('asStated', 'The source’s words', 'e.g. “three months later”', undefined, true)}
      </div>
      <dl className="ed-time__reading" aria-live="polite">
        <dt>Source says</dt>
        <dd>{reading?.stated ?? (form.asStated ? `“${form.asStated}”` : '—')}</dd>
        <dt>Resolver reads</dt>
        <dd data-reading>
          {reading === null
            ? 'not yet: fill in the fields above'
            : (reading.resolved ?? 'not placed on the timeline')}
        </dd>
      </dl>
    </fieldset>
  );
}
