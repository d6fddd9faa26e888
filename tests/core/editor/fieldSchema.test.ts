// The editor's forms come from the format's schema: what the format adds gets a field with no
// editor code, and switching an event's kind keeps what both kinds share.
import { describe, expect, it } from 'vitest';
import {
  childSchema,
  EVENT_KINDS,
  shapeOf,
  switchTag,
  type FieldSchema,
} from '../../../src/core/editor/index.ts';
import { Case } from '../../../src/core/format/index.ts';

const CASE = Case as unknown as FieldSchema;
const events = childSchema(CASE, 'events', { events: [] })!;
const event = (data: unknown) => childSchema(events, 0, [data])!;

describe('forms from the format', () => {
  it('offers the format 1.1 event kinds and a toxicity’s grade course', () => {
    expect(EVENT_KINDS).toEqual(
      expect.arrayContaining([
        'apheresis',
        'lymphodepletion',
        'icu-admission',
        'mechanical-ventilation',
      ]),
    );
    const tox = shapeOf(event({ kind: 'toxicity' }), { kind: 'toxicity' });
    expect(tox.type).toBe('tagged');
    const keys = tox.type === 'tagged' ? tox.fields.map((f) => f.key) : [];
    expect(keys).toEqual(expect.arrayContaining(['gradeCourse', 'grade', 'treatedBy']));
    const course = childSchema(event({ kind: 'toxicity' }), 'gradeCourse', { kind: 'toxicity' })!;
    expect(shapeOf(course, [])).toEqual({ type: 'array', scalar: false });
  });

  it('knows a time, a provenance, a choice, a list and the values of an enum', () => {
    const dx = { kind: 'diagnosis' };
    expect(shapeOf(childSchema(event(dx), 'time', dx)!, {})).toEqual({ type: 'time' });
    expect(shapeOf(childSchema(event(dx), 'provenance', dx)!, { basis: 'derived' })).toMatchObject({
      type: 'tagged',
      tag: 'basis',
      tags: ['stated', 'derived'],
    });
    const tox = { kind: 'toxicity' };
    expect(shapeOf(childSchema(event(tox), 'grade', tox)!, undefined)).toEqual({
      type: 'choice',
      literals: ['not-reported'],
      hasObject: true,
    });
    expect(shapeOf(childSchema(event(dx), 'notes', dx)!, [])).toEqual({
      type: 'array',
      scalar: true,
    });
    expect(shapeOf(childSchema(CASE, 'summary', {})!, '')).toEqual({ type: 'text', long: true });
  });

  it('switching an event’s kind keeps shared fields, drops the old kind’s, adds the new one’s', () => {
    const old = {
      id: 'e1',
      kind: 'diagnosis',
      label: 'Dx',
      disease: 'T-ALL',
      time: { kind: 'unknown' },
    };
    const next = switchTag(event(old), 'kind', 'car-t-infusion', old);
    expect(next).toEqual({
      id: 'e1',
      kind: 'car-t-infusion',
      label: 'Dx',
      time: { kind: 'unknown' },
      provenance: { source: '', locator: '', basis: 'stated' },
      product: '',
    });
    expect(Object.keys(next).slice(0, 4)).toEqual(['id', 'kind', 'label', 'time']);
  });
});
