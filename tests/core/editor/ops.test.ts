// Draft edits as operations: immutable, new keys in schema order, a rebuilt object in its old order.
import { describe, expect, it } from 'vitest';
import { applyOp, keepOrder, setAt } from '../../../src/core/editor/ops.ts';
import { getAt } from '../../../src/core/editor/path.ts';

const doc = {
  id: 'c',
  events: [{ id: 'dx', kind: 'diagnosis', label: 'Diagnosed', time: { kind: 'unknown' } }],
};

describe('draft operations', () => {
  it('set changes one value and leaves the input and untouched branches alone', () => {
    const next = setAt(doc, ['events', 0, 'label'], 'T-ALL diagnosed') as typeof doc;
    expect(next.events[0]!.label).toBe('T-ALL diagnosed');
    expect(doc.events[0]!.label).toBe('Diagnosed');
    expect(next.events[0]!.time).toBe(doc.events[0]!.time);
  });

  it('a new key goes where the schema lists it among the keys present', () => {
    // Event keys in schema order: id, label, time, end, description, provenance, notes, kind, disease.
    const next = setAt(doc, ['events', 0, 'end'], { kind: 'unknown' });
    expect(Object.keys(getAt(next, ['events', 0]) as object)).toEqual([
      'id',
      'kind',
      'label',
      'time',
      'end',
    ]);
    const withTitle = setAt(doc, ['title'], 'A case');
    expect(Object.keys(withTitle as object)).toEqual(['id', 'title', 'events']);
  });

  it('set to undefined removes a key; remove drops a list item', () => {
    const noTime = setAt(doc, ['events', 0, 'time'], undefined);
    expect(getAt(noTime, ['events', 0])).not.toHaveProperty('time');
    const none = applyOp(doc, { op: 'remove', path: ['events', 0] });
    expect(getAt(none, ['events'])).toEqual([]);
  });

  it('insert puts an item at its index', () => {
    const two = applyOp(doc, { op: 'insert', path: ['events'], index: 0, value: { id: 'a' } });
    expect((getAt(two, ['events']) as { id: string }[]).map((e) => e.id)).toEqual(['a', 'dx']);
  });

  it('keepOrder keeps an object’s key order and slots new keys in among them', () => {
    const old = { kind: 'offset', amount: 3, from: 'inf', unit: 'day', asStated: 'day 3' };
    const next = { kind: 'offset', from: 'inf', amount: 4, amountMax: 6, unit: 'day' };
    expect(Object.keys(keepOrder(old, next))).toEqual([
      'kind',
      'amount',
      'amountMax',
      'from',
      'unit',
    ]);
  });
});

describe('field ids', () => {
  it('a problem finds its own field, else the nearest parent that has one', async () => {
    const { fieldId, parentPaths, problemFieldId } =
      await import('../../../src/core/editor/fieldIds.ts');
    expect(parentPaths('events[2].time.from')).toEqual([
      'events[2].time',
      'events[2]',
      'events',
      '',
    ]);
    const have = new Set([fieldId('events[2].time'), fieldId('events')]);
    expect(problemFieldId('events[2].time.from', (id) => have.has(id))).toBe(
      'field:events[2].time',
    );
    expect(problemFieldId('title', (id) => have.has(id))).toBeNull();
  });
});

describe('blank items', () => {
  it('a new item has only what the format requires, left empty; no clinical value is filled in', async () => {
    const { blankItem, newCaseDraft, EVENT_KINDS } =
      await import('../../../src/core/editor/blank.ts');
    const draft = newCaseDraft('2026-01-02', 'https://example.org/case.schema.json');
    expect(draft).toMatchObject({
      id: '',
      title: '',
      events: [],
      curation: { curatedOn: '2026-01-02' },
    });
    const tox = blankItem(draft, ['events'], 'toxicity') as Record<string, unknown>;
    expect(tox.kind).toBe('toxicity');
    expect(tox).not.toHaveProperty('occurred');
    expect(tox).not.toHaveProperty('grade');
    expect(EVENT_KINDS).toContain('car-t-infusion');
  });
});
