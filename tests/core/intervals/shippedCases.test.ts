import { describe, expect, it } from 'vitest';
import { KEY_INTERVAL_ROWS } from '../../../src/core/intervals/index.ts';
import type { OffsetTime } from '../../../src/core/format/index.ts';
import { epochDay, eventById, seriesById } from '../../data/library.ts';
import { CASE_IDS, shipped } from './shipped.ts';

/** The offset spec of an event, failing loudly if curation changed its kind of time. */
function offsetOf(spec: { kind: string }): OffsetTime {
  if (spec.kind !== 'offset') throw new Error(`expected an offset time, got ${spec.kind}`);
  return spec as OffsetTime;
}

describe('keyIntervals on the shipped cases: shape', () => {
  it('names every row by the events it uses', () => {
    expect(KEY_INTERVAL_ROWS.map((r) => r.label)).toEqual([
      'Diagnosis → first relapse',
      'Last relapse before CAR-T → infusion',
      'Infusion → first CR',
      'Infusion → first MRD negativity',
      'Infusion → first CRS onset',
      'Highest CRS grade after infusion',
      'ICANS after infusion (highest grade)',
      'GVHD after infusion (highest grade)',
      'Peak CAR level',
      'Infusion → CAR peak',
      'Infusion → first transplant after it',
      'Infusion → last follow-up or death',
      'Status at last follow-up or death',
    ]);
  });

  it.each(CASE_IDS)('%s: every days cell lies within the tight bounds of its two events', (id) => {
    const { k, rc } = shipped(id);
    for (const { id: row, cell } of k.rows) {
      if (cell.value.kind !== 'days') continue;
      // Between-event rows cite their end, then their start; the others count from the infusion.
      const to = cell.evidence[0]!.key!;
      const between = row === 'diagnosis-to-relapse' || row === 'relapse-to-infusion';
      const from = between ? cell.evidence[1]!.key! : k.infusion!.key!;
      const b = rc.bounds.between(from, to)!;
      expect([cell.value.lo, cell.value.hi], row).toEqual(b);
      if (cell.value.best !== null) {
        expect(cell.value.best).toBeGreaterThanOrEqual(cell.value.lo);
        expect(cell.value.best).toBeLessThanOrEqual(cell.value.hi);
      }
    }
  });

  it.each(CASE_IDS)('%s has every row once, in the documented order', (id) => {
    const { k } = shipped(id);
    expect(k.rows.map((r) => r.id)).toEqual(KEY_INTERVAL_ROWS.map((r) => r.id));
    expect(k.caseId).toBe(id);
  });

  it.each(CASE_IDS)('%s: order-only and not-reported cells carry no number', (id) => {
    const { k } = shipped(id);
    for (const { cell } of k.rows) {
      if (cell.value.kind === 'order-only' || cell.value.kind === 'not-reported') {
        expect(cell.text).not.toMatch(/\d/);
        expect(cell.note ?? '').not.toMatch(/\d/);
      }
    }
  });

  it.each(CASE_IDS)('%s: every evidence key is a node the resolver placed', (id) => {
    const { k, rc } = shipped(id);
    for (const { cell } of k.rows)
      for (const e of cell.evidence) if (e.key !== null) expect(rc.times.has(e.key)).toBe(true);
  });

  it.each(CASE_IDS)('%s counts from its first CAR-T infusion', (id) => {
    const { k, c, rc } = shipped(id);
    const infusions = rc.order.filter((key) =>
      c.events.some((e) => e.id === key && e.kind === 'car-t-infusion'),
    );
    expect(k.infusion?.key).toBe(infusions[0]);
    expect(k.infusionCount).toBe(infusions.length);
  });
});

describe('days rows', () => {
  it('Marina: MRD negative on the day the source gives, citing the response and the MRD point', () => {
    const { c, cell } = shipped('000-marina');
    const stated = offsetOf(eventById(c, 'mrd-negative').time);
    const mrd = cell('infusion-to-mrd-negative');
    expect(mrd.value).toEqual({
      kind: 'days',
      lo: stated.amount,
      hi: stated.amount,
      best: stated.amount,
      exact: true,
    });
    expect(mrd.text).toBe(`day ${stated.amount}`);
    const undetectable = seriesById(c, 'mrd-bm').points.findIndex(
      (p) => p.qualifier === 'undetectable',
    );
    expect(mrd.evidence.map((e) => e.key)).toEqual(['mrd-negative', `mrd-bm[${undetectable}]`]);
    expect(mrd.evidence[0]!.provenance).toEqual(eventById(c, 'mrd-negative').provenance);
  });

  it('Zhou: CR "within 1 month" is a range from day 0 to a month, marked ≈', () => {
    const { c, cell } = shipped('003-zhou');
    const spec = offsetOf(eventById(c, 'cr-after-cart').time);
    expect([spec.amount, spec.amountMax, spec.unit]).toEqual([0, 1, 'month']);
    const cr = cell('infusion-to-cr');
    if (cr.value.kind !== 'days') throw new Error(`expected days, got ${cr.value.kind}`);
    expect(cr.value.lo).toBe(0);
    expect(cr.value.hi).toBeGreaterThanOrEqual(28);
    expect(cr.value.hi).toBeLessThanOrEqual(31);
    expect(cr.value.exact).toBe(false);
    expect(cr.text).toBe(`≈ 0–${cr.value.hi} days`);
    expect(cr.words).toMatch(/^within/);
    expect(cr.evidence[0]!.key).toBe('cr-after-cart');
  });

  it('Grandma Sun: follow-up in Nov 2023 after a 2016 infusion spans the year and month bounds', () => {
    const { c, cell } = shipped('001-grandma-sun');
    expect(eventById(c, 'cart').time).toMatchObject({ kind: 'year', year: 2016 });
    expect(eventById(c, 'follow-up-2023').time).toMatchObject({ kind: 'month', month: '2023-11' });
    const fu = cell('last-follow-up');
    expect(fu.value).toMatchObject({
      kind: 'days',
      lo: epochDay('2023-11-01') - epochDay('2016-12-31'),
      hi: epochDay('2023-11-30') - epochDay('2016-01-01'),
      exact: false,
    });
    expect(fu.text).toMatch(/^≈ 2,\d{3}–2,\d{3} days$/);
    expect(fu.words).toBe('≈ 7–8 years');
  });

  it('Grandma Sun: diagnosis (2013) to first relapse (2016) uses year bounds; relapse (2016) to infusion (2016, chemotherapy between) is 0–365', () => {
    const { cell } = shipped('001-grandma-sun');
    expect(cell('diagnosis-to-relapse').value).toMatchObject({
      kind: 'days',
      lo: epochDay('2016-01-01') - epochDay('2013-12-31'),
      hi: epochDay('2016-12-31') - epochDay('2013-01-01'),
    });
    // Both "in 2016", chemotherapy stated after the relapse and before the infusion: the tight
    // bounds start at 0, not at −365.
    expect(cell('relapse-to-infusion').value).toMatchObject({
      kind: 'days',
      lo: 0,
      hi: epochDay('2016-12-31') - epochDay('2016-01-01'),
    });
    expect(cell('relapse-to-infusion').evidence.map((e) => e.key)).toEqual(['cart', 'relapse']);
    expect(cell('relapse-to-infusion').evidence[1]!.role).toBe('last relapse before CAR-T');
    expect(cell('diagnosis-to-relapse').evidence[0]!.role).toBe('first relapse');
  });

  it('Zhou: the CAR peak day is the stated day of the flagged point', () => {
    const { c, cell } = shipped('003-zhou');
    const series = seriesById(c, 'car-copies');
    const i = series.points.findIndex((p) => p.peak === true);
    const day = offsetOf(series.points[i]!.time).amount;
    const d = cell('car-peak-day');
    expect(d.value).toMatchObject({ kind: 'days', lo: day, hi: day, exact: true });
    expect(d.text).toBe(`day ${day}`);
    expect(d.evidence[0]!.key).toBe(`car-copies[${i}]`);
  });

  it('Zhou: remission ongoing 9–10 months after infusion is a ≈ range', () => {
    const { c, cell } = shipped('003-zhou');
    const spec = offsetOf(eventById(c, 'remission-ongoing').time);
    const fu = cell('last-follow-up');
    if (fu.value.kind !== 'days') throw new Error(`expected days, got ${fu.value.kind}`);
    expect(fu.value.lo).toBeGreaterThanOrEqual(spec.amount * 28);
    expect(fu.value.hi).toBeLessThanOrEqual(spec.amountMax! * 31);
    expect(fu.words).toBe(`≈ ${spec.amount}–${spec.amountMax} months`);
  });
});

describe('order-only events with finite tight bounds: a range, never a point', () => {
  it('Marina: last relapse before CAR-T → infusion is bounded on both sides by the April 2025 transplant and the source’s date', () => {
    const { c, rc, cell } = shipped('000-marina');
    expect(eventById(c, 'cart').time.kind).toBe('order');
    const r = cell('relapse-to-infusion');
    if (r.value.kind !== 'days') throw new Error(`expected days, got ${r.value.kind}`);
    expect([r.value.lo, r.value.hi]).toEqual(rc.bounds.between('mrd-relapse', 'cart'));
    expect(r.value.lo).toBe(0);
    expect(r.value.hi).toBeGreaterThan(0);
    expect(r.value.hi).toBeLessThan(365);
    expect(r.value).toMatchObject({ best: null, exact: false });
    expect(r.text).toBe(`≈ 0–${r.value.hi} days`);
    expect(r.note).toMatch(/^Bounds only/);
    expect(r.evidence.map((e) => [e.role, e.key])).toEqual([
      ['infusion', 'cart'],
      ['last relapse before CAR-T', 'mrd-relapse'],
    ]);
  });

  it('Marina: CRS “after CAR-T infusion” is a bounds-only range from day 0, not a day', () => {
    const { rc, cell } = shipped('000-marina');
    const onset = cell('crs-onset');
    expect(onset.value).toMatchObject({ kind: 'days', lo: 0, best: null, exact: false });
    expect(onset.value).toMatchObject({ hi: rc.bounds.between('cart', 'crs')![1] });
    expect(onset.note).toMatch(/^Bounds only/);
  });

  it('Grandma Sun: the “remission” between the 2016 infusion and the November 2023 follow-up is 0 to 2,890 days, said so', () => {
    const { cell } = shipped('001-grandma-sun');
    const cr = cell('infusion-to-cr');
    expect(cr.value).toEqual({
      kind: 'days',
      lo: 0,
      hi: epochDay('2023-11-30') - epochDay('2016-01-01'),
      best: null,
      exact: false,
    });
    expect(cr.text).toBe('≈ 0–2,890 days');
    expect(cr.note).toContain('Bounds only');
    expect(cr.note).toContain('“remission”');
    expect(cr.evidence[0]).toMatchObject({ key: 'remission', role: 'first remission' });
  });
});

describe('order-only rows', () => {
  it('Zhou: CRS onset is known only as after the infusion', () => {
    const { c, cell } = shipped('003-zhou');
    expect(eventById(c, 'crs').time.kind).toBe('order');
    const onset = cell('crs-onset');
    expect(onset.value).toEqual({ kind: 'order-only', relation: 'after', from: 'infusion' });
    expect(onset.text).toBe('after infusion; time not reported');
    expect(onset.evidence[0]!.key).toBe('crs');
  });

  it('Pan case 1 and 2: the transplant after CAR-T is order only', () => {
    for (const id of ['002a-pan-case-1', '002b-pan-case-2'] as const) {
      const { c, cell } = shipped(id);
      expect(eventById(c, 'hsct').time.kind).toBe('order');
      expect(cell('transplant-after').value.kind).toBe('order-only');
      expect(cell('transplant-after').evidence[0]!.key).toBe('hsct');
    }
  });

  it('Marina: diagnosis → first relapse is order only (undated diagnosis, nothing bounds it above)', () => {
    const { c, cell } = shipped('000-marina');
    expect(eventById(c, 'dx').time.kind).toBe('order');
    expect(cell('diagnosis-to-relapse')).toMatchObject({
      value: { kind: 'order-only', relation: 'after', from: 'diagnosis' },
      text: 'after diagnosis; time not reported',
    });
    expect(cell('diagnosis-to-relapse').evidence.map((e) => [e.role, e.key])).toEqual([
      ['first relapse', 'mrd-relapse'],
      ['diagnosis', 'dx'],
    ]);
  });

  it('Kong: the first relapse comes after the first CAR-T infusion, and the cell says so', () => {
    const { cell } = shipped('004-kong');
    const dx = cell('diagnosis-to-relapse');
    expect(dx.value).toEqual({ kind: 'order-only', relation: 'after', from: 'diagnosis' });
    expect(dx.evidence[0]).toMatchObject({ key: 'relapse', role: 'first relapse' });
    expect(dx.note).toBe('This first relapse comes after the first CAR-T infusion.');
  });

  it('Kong: the CR after the second infusion is order only and says which infusion it follows', () => {
    const { cell } = shipped('004-kong');
    const cr = cell('infusion-to-cr');
    expect(cr.value.kind).toBe('order-only');
    expect(cr.evidence[0]!.key).toBe('bm-cr');
    expect(cr.note).toContain('second CAR-T infusion');
  });

  it('Zhou: the relapse that led to CAR-T is known only as before the infusion', () => {
    const { cell } = shipped('003-zhou');
    const r = cell('relapse-to-infusion');
    expect(r.value).toEqual({ kind: 'order-only', relation: 'after', from: 'the relapse' });
    expect(r.evidence.map((e) => [e.role, e.key])).toEqual([
      ['infusion', 'cart'],
      ['last relapse before CAR-T', 'relapse'],
    ]);
  });
});

describe('grade and not-observed rows', () => {
  it('Zhou: CRS grade 1 on an unstated scale, as printed, with its conditional meaning', () => {
    const { c, cell } = shipped('003-zhou');
    const crs = eventById(c, 'crs');
    if (crs.kind !== 'toxicity' || !crs.grade || crs.grade === 'not-reported')
      throw new Error('Zhou CRS should carry a grade');
    const g = cell('crs-grade');
    expect(g.value).toEqual({ kind: 'grade', grade: crs.grade });
    expect(g.text).toBe(
      `grade ${crs.grade.value}, scale not stated (printed “${crs.grade.asPrinted}”)`,
    );
    expect(g.meaning).toMatch(/without naming the grading scale/);
  });

  it('Zhou: ICANS not observed, citing the event that says so', () => {
    const { c, cell } = shipped('003-zhou');
    expect(eventById(c, 'icans')).toMatchObject({ kind: 'toxicity', occurred: false });
    expect(cell('icans')).toMatchObject({
      value: { kind: 'not-observed' },
      text: 'not observed',
    });
    expect(cell('icans').evidence[0]!.key).toBe('icans');
  });

  it('Pan case 1: CRS grade 3 and a hyperacute GVHD without grade', () => {
    const { cell } = shipped('002a-pan-case-1');
    expect(cell('crs-grade').value).toMatchObject({ kind: 'grade', grade: { value: 3 } });
    expect(cell('gvhd')).toMatchObject({
      value: { kind: 'grade', grade: null },
      text: 'hyperacute, grade not reported',
    });
    // No grade, so nothing to explain: a meaning is given only for a printed grade.
    expect(cell('gvhd').meaning).toBeUndefined();
    expect(cell('crs-grade').meaning).toMatch(/grade 3/);
  });

  it('Kong: GVHD after the donor-derived infusion not observed', () => {
    const { cell } = shipped('004-kong');
    expect(cell('gvhd').value.kind).toBe('not-observed');
    expect(cell('gvhd').evidence[0]!.key).toBe('no-gvhd');
  });
});

describe('amount and status rows', () => {
  it('Zhou: peak CAR copies as the source prints the number, flagged as the stated peak', () => {
    const { c, cell } = shipped('003-zhou');
    const series = seriesById(c, 'car-copies');
    const peak = series.points.find((p) => p.peak === true)!;
    const p = cell('car-peak');
    expect(p.value).toEqual({
      kind: 'amount',
      value: peak.value,
      unit: series.unit,
      stated: true,
    });
    expect(p.text).toBe(`${peak.value!.toLocaleString('en-US')} ${series.unit}`);
    expect(p.note).toContain('Reported by the source as the peak');
  });

  it('Grandma Sun: in remission at the November 2023 follow-up', () => {
    const { cell } = shipped('001-grandma-sun');
    expect(cell('status')).toMatchObject({
      value: { kind: 'status', status: 'in-remission' },
      text: 'in remission',
    });
  });

  it('Pan case 1: a death the curator derived reads as unconfirmed', () => {
    const { c, cell } = shipped('002a-pan-case-1');
    expect(eventById(c, 'death-unconfirmed').provenance.basis).toBe('derived');
    expect(cell('status').text).toBe('died — unconfirmed');
    expect(cell('status').evidence[0]!.provenance.basis).toBe('derived');
  });
});

describe('not-reported rows', () => {
  it('Marina: no CR, ICANS, CAR kinetics or follow-up in the source', () => {
    const { cell } = shipped('000-marina');
    for (const row of ['infusion-to-cr', 'icans', 'car-peak', 'last-follow-up', 'status'] as const)
      expect(cell(row)).toMatchObject({ value: { kind: 'not-reported' }, text: 'not reported' });
  });

  it('Marina: CRS occurred without a grade; the earlier GVHD is cited, not counted', () => {
    const { cell } = shipped('000-marina');
    expect(cell('crs-grade').value.kind).toBe('not-reported');
    expect(cell('crs-grade').evidence[0]!.key).toBe('crs');
    expect(cell('gvhd').value.kind).toBe('not-reported');
    expect(cell('gvhd').evidence[0]!.key).toBe('skin-gvhd');
  });

  it('Marina: a planned transplant is not a transplant', () => {
    const { cell } = shipped('000-marina');
    expect(cell('transplant-after').value.kind).toBe('not-reported');
    expect(cell('transplant-after').evidence[0]!.key).toBe('plan-transplant');
  });

  it('Zhou: the transplant before CAR-T is not a transplant after it', () => {
    const { cell } = shipped('003-zhou');
    expect(cell('transplant-after')).toMatchObject({ value: { kind: 'not-reported' } });
    expect(cell('transplant-after').evidence).toEqual([]);
  });

  it('Kong: CAR kinetics shown only in a figure; no relapse before the first infusion', () => {
    const { c, cell } = shipped('004-kong');
    expect(seriesById(c, 'car-t-flow').valuesReported).toBe(false);
    expect(cell('car-peak').note).toMatch(/figure/);
    expect(cell('car-peak').evidence[0]).toMatchObject({ key: null });
    expect(cell('relapse-to-infusion').value.kind).toBe('not-reported');
    expect(cell('relapse-to-infusion').note).toMatch(/after the first CAR-T infusion/);
  });

  it('Pan case 2: a follow-up without a status is "not reported" for the status row', () => {
    const { cell } = shipped('002b-pan-case-2');
    expect(cell('status').value.kind).toBe('not-reported');
    expect(cell('status').evidence[0]!.key).toBe('favourable-course');
  });
});
