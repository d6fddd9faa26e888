// Key facts of CURATION.md ("What a reviewer will check"), one named test each, plus negative
// tests for honesty: nothing the sources leave open is filled in.
import { describe, expect, it } from 'vitest';
import type { Case, TimeSpec } from '../../src/core/format/index.ts';
import { dayOfIso } from '../../src/core/time/days.ts';
import { resolveCase } from '../../src/core/time/resolve.ts';
import {
  allTimes,
  caseText,
  epochDay,
  eventById,
  eventsOfKind,
  loadCase,
  seriesById,
  toxicities,
} from './library.ts';

const marina = loadCase('000-marina');
const sun = loadCase('001-grandma-sun');
const pan1 = loadCase('002a-pan-case-1');
const pan2 = loadCase('002b-pan-case-2');
const zhou = loadCase('003-zhou');
const kong = loadCase('004-kong');

/** Narrows a TimeSpec to one kind, failing the test otherwise. */
function timeOf<K extends TimeSpec['kind']>(t: TimeSpec, kind: K): Extract<TimeSpec, { kind: K }> {
  expect(t.kind).toBe(kind);
  return t as Extract<TimeSpec, { kind: K }>;
}

const singleInfusion = (c: Case) => {
  const infusions = eventsOfKind(c, 'car-t-infusion');
  expect(infusions).toHaveLength(1);
  return infusions[0]!;
};

describe('ages as stated', () => {
  it('ages 61 / 80 / 34 / 62 (Marina, Grandma Sun, Zhou, Kong); Pan gives none', () => {
    expect(marina.patient.age?.years).toBe(61);
    expect(sun.patient.age?.years).toBe(80);
    expect(zhou.patient.age?.years).toBe(34);
    expect(kong.patient.age?.years).toBe(62);
    expect(pan1.patient.age).toBeUndefined();
    expect(pan2.patient.age).toBeUndefined();
  });
});

describe('000 Marina', () => {
  it("Marina: 61-year-old woman; the age is placed at the story's own date (2025-12-31) and marked derived", () => {
    expect(marina.patient.sex?.value).toBe('female');
    const age = marina.patient.age!;
    const at = timeOf(age.at, 'source-date');
    expect(at.source).toBe('gobroad-2025-marina');
    expect(marina.sources.find((s) => s.id === at.source)?.published).toBe('2025-12-31');
    expect(at.asStated).toBe('Marina is a 61-year-old woman');
    expect(age.provenance.basis).toBe('derived');
  });

  it('Marina: allogeneic HSCT in April 2025 (month precision)', () => {
    const hsct = eventById(marina, 'hsct');
    expect(hsct.kind === 'transplant' && hsct.transplantType).toBe('allogeneic');
    expect(timeOf(hsct.time, 'month').month).toBe('2025-04');
    expect(hsct.time.asStated).toBe('In April 2025');
  });

  it('Marina: bone-marrow MRD 0.014 % about three months after the April 2025 transplant', () => {
    const mrd = seriesById(marina, 'mrd-bm');
    expect(mrd.quantity).toBe('MRD');
    expect(mrd.unit).toBe('%');
    expect(mrd.specimen).toBe('bone marrow');
    const positive = mrd.points.find((p) => p.value !== undefined)!;
    expect(positive.value).toBe(0.014);
    expect(positive.asPrinted).toBe('0.014%');
    // The 0.014 % result is the finding of the MRD relapse: the same day, so it inherits the
    // relapse's "about three months after April 2025" and, like it, comes before the infusion.
    const t = timeOf(positive.time, 'offset');
    expect(t).toMatchObject({ from: 'mrd-relapse', amount: 0, unit: 'day' });
    expect(t.asStated).toBe('Three months later');
    const rc = resolveCase(marina);
    expect(rc.bounds.between('mrd-relapse', 'mrd-bm[0]')).toEqual([0, 0]);
    expect(rc.bounds.between('cart', 'mrd-bm[0]')![1]).toBe(0);
  });

  it('Marina: MRD relapse is an event with the same "three months later" time', () => {
    const relapse = eventById(marina, 'mrd-relapse');
    expect(relapse.kind === 'relapse' && relapse.level).toBe('MRD');
    expect(relapse.time).toMatchObject({ kind: 'offset', from: 'hsct', amount: 3, unit: 'month' });
  });

  it('Marina: mild skin GVHD at the same time, with no grade', () => {
    const [gvhd, ...more] = toxicities(marina, 'GVHD');
    expect(more).toHaveLength(0);
    expect(gvhd).toMatchObject({
      occurred: true,
      grade: 'not-reported',
      severity: 'mild',
      organs: ['skin'],
    });
    expect(timeOf(gvhd!.time, 'offset')).toMatchObject({
      amount: 0,
      unit: 'month',
      approximate: true,
    });
  });

  it('Marina: re-evaluation in China found predominantly CD7+ leukaemia cells', () => {
    expect(eventById(marina, 'china-reevaluation').kind).toBe('other');
    expect(marina.patient.immunophenotype?.map((f) => f.value).join(' ')).toContain('CD7+');
  });

  it('Marina: immuno-targeted therapy (agent not named) before the CD7 CAR-T', () => {
    const it1 = eventById(marina, 'immuno-targeted');
    expect(it1.kind === 'immunotherapy' && it1.modality).toBe('immuno-targeted');
    expect(it1.kind === 'immunotherapy' && it1.agents).toBeUndefined();
    expect(timeOf(it1.time, 'order').before).toContain('cart');
  });

  it('Marina: CD7 CAR-T with the target stated; origin, vector and dose omitted', () => {
    const [product] = marina.products;
    expect(product!.targets?.value).toEqual(['CD7']);
    expect(product!.targets?.provenance.basis).toBe('stated');
    expect(product!.origin).toBeUndefined();
    expect(product!.vector).toBeUndefined();
    expect(product!.dose).toBeUndefined();
    expect(singleInfusion(marina).dose).toBeUndefined();
  });

  it('Marina: CRS grade not reported (high fever, temporary drop in oxygen)', () => {
    const [crs, ...more] = toxicities(marina, 'CRS');
    expect(more).toHaveLength(0);
    expect(crs!.occurred).toBe(true);
    expect(crs!.grade).toBe('not-reported');
    expect(crs!.signs).toEqual(['high fever', 'temporary drop in oxygen levels']);
  });

  it('Marina: no CRS event has a numeric grade (none is inferred)', () => {
    for (const crs of toxicities(marina, 'CRS')) expect(typeof crs.grade).not.toBe('object');
    expect(caseText('000-marina')).not.toMatch(/"grade": \{/);
  });

  it('Marina: day 13 MRD undetectable, with no value', () => {
    const undetectable = seriesById(marina, 'mrd-bm').points.find(
      (p) => p.qualifier === 'undetectable',
    )!;
    expect(undetectable.value).toBeUndefined();
    expect(timeOf(undetectable.time, 'offset')).toMatchObject({
      from: 'cart',
      amount: 13,
      unit: 'day',
    });
    const response = eventById(marina, 'mrd-negative');
    expect(response.kind === 'response' && response.assessment).toBe('MRD-negative');
    expect(timeOf(response.time, 'offset')).toMatchObject({
      from: 'cart',
      amount: 13,
      unit: 'day',
    });
  });

  it('Marina: NGS (>300 genes) found eight mutations at the same time; genes not named', () => {
    const ngs = eventById(marina, 'ngs');
    expect(ngs.kind).toBe('other');
    expect(ngs.label).toContain('eight');
    expect(timeOf(ngs.time, 'offset')).toMatchObject({
      from: 'mrd-negative',
      amount: 0,
      unit: 'month',
      approximate: true,
      asStated: 'At the same time',
    });
  });

  it('Marina: both "at the same time" readings carry the same tolerance (NGS as the skin GVHD)', () => {
    const ngs = timeOf(eventById(marina, 'ngs').time, 'offset');
    const gvhd = timeOf(eventById(marina, 'skin-gvhd').time, 'offset');
    const form = (t: typeof ngs) => ({
      amount: t.amount,
      amountMax: t.amountMax,
      unit: t.unit,
      approximate: t.approximate,
      tolerance: t.tolerance,
      asStated: t.asStated,
    });
    expect(form(ngs)).toEqual(form(gvhd));
    const r = resolveCase(marina);
    const ngsWindow = r.bounds.between('mrd-negative', 'ngs');
    expect(ngsWindow).toEqual(r.bounds.between('local-immunotherapy', 'skin-gvhd'));
    expect(ngsWindow![0]).toBeLessThan(0); // about half a month either side, not a day
    expect(ngsWindow![1]).toBeGreaterThan(7);
  });

  it('Marina: the further transplant and the maintenance are plans, not events', () => {
    const plans = eventsOfKind(marina, 'plan');
    expect(plans.map((p) => p.planned).sort()).toEqual(['maintenance', 'transplant']);
    expect(eventsOfKind(marina, 'transplant')).toHaveLength(1);
  });

  it('Marina: heart and lung conditions (unspecified) as comorbidity', () => {
    expect(marina.patient.comorbidities?.map((f) => f.value)).toEqual([
      'heart and lung conditions (unspecified)',
    ]);
  });

  it("Marina: the story's date bounds what it reports by the implied rule, not by copied notAfter dates", () => {
    for (const e of marina.events) {
      for (const t of [e.time, e.end]) {
        if (t?.kind === 'order') expect(t.notAfter, e.id).toBeUndefined();
      }
    }
    const r = resolveCase(marina);
    for (const id of ['crs', 'mrd-negative', 'ngs'])
      expect(r.times.get(id)!.calendar.hi, id).toBe(epochDay('2025-12-31'));
    // Plans may lie after the story: no upper bound.
    for (const id of ['plan-transplant', 'plan-maintenance'])
      expect(r.times.get(id)!.calendar.hi, id).toBeNull();
    expect(eventById(marina, 'cart').notes?.join(' ')).toMatch(/implied by the story's date/);
  });

  it('Marina: source is the GoBroad patient story dated 2025-12-31, unsigned, without URL', () => {
    const [s] = marina.sources;
    expect(s).toMatchObject({ type: 'web-page', published: '2025-12-31', authors: [] });
    expect(s!.venue).toContain('GoBroad');
  });

  it('Marina: MRD-positive point resolves to a calendar range within June–August 2025', () => {
    const r = resolveCase(marina);
    const t = r.times.get('mrd-bm[0]')!;
    expect(t.placement).toBe('calendar');
    expect(t.precision).toBe('month');
    expect(t.approximate).toBe(true);
    expect(t.calendar.lo).toBeGreaterThanOrEqual(epochDay('2025-06-01'));
    expect(t.calendar.hi).toBeLessThanOrEqual(epochDay('2025-08-31'));
  });

  it('Marina: the infusion is at least 13 days before the story date (not after 2025-12-18), not before 15 June 2025', () => {
    const r = resolveCase(marina);
    const cart = r.times.get('cart')!;
    expect(cart.calendar.hi).toBeLessThanOrEqual(epochDay('2025-12-18'));
    // The numbers docs/case-format.md quotes for the worked example.
    expect(r.bounds.calendar('cart')).toEqual([epochDay('2025-06-15'), epochDay('2025-12-18')]);
    expect(r.bounds.between('cart', 'mrd-negative')).toEqual([13, 13]);
    expect(r.bounds.between('hsct', 'cart')).toEqual([73, 261]);
    expect(cart.calendar.best).toBeNull();
  });

  it('Marina: day-13 MRD is exactly 13 days after the infusion, which stays order-only', () => {
    const r = resolveCase(marina);
    const cart = r.times.get('cart')!;
    const day13 = r.times.get('mrd-bm[1]')!;
    expect(cart.placement).toBe('order');
    expect(cart.calendar.best).toBeNull();
    expect(day13.root).toBe('cart');
    expect(day13.fromRoot).toEqual({ lo: 13, hi: 13, best: 13 });
    expect(r.defaultAnchor).toBe('cart');
  });
});

describe('001 Grandma Sun', () => {
  it('Grandma Sun: woman aged 80 at the time of writing, placed after the November 2023 follow-up', () => {
    expect(sun.patient.sex?.value).toBe('female');
    const age = sun.patient.age!;
    expect(age.years).toBe(80);
    expect(timeOf(age.at, 'order').after).toEqual(['follow-up-2023']);
    expect(age.provenance.basis).toBe('derived');
  });

  it('Grandma Sun: B-ALL diagnosed in 2013', () => {
    expect(sun.patient.disease.abbreviation).toBe('B-ALL');
    expect(timeOf(eventById(sun, 'dx').time, 'year').year).toBe(2013);
  });

  it('Grandma Sun: relapse in 2016, chemotherapy failing, then CAR-T in 2016', () => {
    expect(timeOf(eventById(sun, 'relapse').time, 'year').year).toBe(2016);
    expect(timeOf(singleInfusion(sun).time, 'year').year).toBe(2016);
    const chemo = timeOf(eventById(sun, 'chemo-2016').time, 'order');
    expect(chemo.after).toEqual(['relapse']);
    expect(chemo.before).toEqual(['cart']);
  });

  it('Grandma Sun: follow-up in November 2023, in remission for more than seven years', () => {
    const fu = eventById(sun, 'follow-up-2023');
    expect(fu.kind === 'follow-up' && fu.status).toBe('in-remission');
    expect(timeOf(fu.time, 'month').month).toBe('2023-11');
    expect(fu.provenance.quote).toBe('more than 7 years');
  });

  it('Grandma Sun: CAR-T target not stated', () => {
    const [product] = sun.products;
    expect(product).toBeDefined();
    expect('targets' in product!).toBe(false);
    expect(product!.label).toMatch(/target not stated/);
  });

  it('Grandma Sun: no CD19 anywhere except the note saying it is not assumed', () => {
    const mentions = caseText('001-grandma-sun').match(/CD19/g) ?? [];
    expect(mentions).toHaveLength(1);
    expect(sun.products[0]!.notes?.join(' ')).toMatch(/not assumed.*CD19/);
  });

  it('Grandma Sun: the source says how to find it (site, title, date as far as the copy shows)', () => {
    const [s] = sun.sources;
    expect(s!.title).toBe('CAR-T cell therapy works for recurring acute lymphoblastic leukemia');
    expect(s!.venue).toContain('Second Affiliated Hospital of Anhui Medical University');
    // The copy shows no date, year or address: none is recorded.
    expect(s!.published).toBeUndefined();
    expect(s!.year).toBeUndefined();
    expect(s!.url).toBeUndefined();
    const notes = s!.notes ?? [];
    const finding = notes.find((n) => n.startsWith('To find it:'));
    expect(finding).toBeDefined();
    expect(finding).toContain(s!.title);
    expect(notes.join(' ')).toMatch(/no publication date or year/);
  });

  it('Grandma Sun: the undated copy gives no source-date time and no implied bound', () => {
    for (const t of allTimes(sun)) expect(t.kind).not.toBe('source-date');
    const r = resolveCase(sun);
    expect(r.times.get('follow-up-2023')!.calendar.hi).toBe(epochDay('2023-11-30'));
  });

  it('Grandma Sun: the garbled hospital name is explained in the source notes', () => {
    expect(sun.sources[0]!.notes?.join(' ')).toContain(
      'Second Affiliated Hospital of Anhui Medical University',
    );
  });

  it('Grandma Sun: CAR-T follows the relapse in the resolved order, both within 2016', () => {
    const r = resolveCase(sun);
    const relapse = r.times.get('relapse')!;
    const cart = r.times.get('cart')!;
    expect(cart.sequence).toBeGreaterThan(relapse.sequence);
    expect(cart.calendar.lo).toBe(epochDay('2016-01-01'));
    expect(cart.calendar.hi).toBe(epochDay('2016-12-31'));
  });
});

describe('002 Pan et al. (cases 1 and 2)', () => {
  it('Pan case 1: CRS grade 3; every event is order-only', () => {
    const [crs, ...more] = toxicities(pan1, 'CRS');
    expect(more).toHaveLength(0);
    expect(crs!.grade).toEqual({ scale: 'unstated', value: 3, asPrinted: 'grade 3' });
    for (const e of pan1.events) expect(e.time.kind, e.id).toBe('order');
  });

  it('Pan case 1: infection, drug-related organ toxicity, hyperacute GVHD and TA-TMA', () => {
    expect(toxicities(pan1, 'infection')).toHaveLength(1);
    expect(toxicities(pan1, 'organ')).toHaveLength(1);
    expect(toxicities(pan1, 'GVHD')[0]).toMatchObject({
      gvhdType: 'hyperacute',
      grade: 'not-reported',
    });
    expect(toxicities(pan1, 'TA-TMA')).toHaveLength(1);
    for (const t of eventsOfKind(pan1, 'toxicity')) expect(t.occurred).toBe(true);
  });

  it('Pan case 1: complications are placed after CAR-T; only GVHD and TA-TMA after the transplant', () => {
    for (const id of ['crs', 'infection', 'organ-toxicity']) {
      const t = timeOf(eventById(pan1, id).time, 'order');
      expect(t.after).toEqual(['cart']);
      expect(t.before).toBeUndefined();
    }
    for (const id of ['gvhd', 'ta-tma'])
      expect(timeOf(eventById(pan1, id).time, 'order').after).toEqual(['hsct']);
  });

  it('Pan case 1: death is only derived from the title and labelled unconfirmed', () => {
    for (const d of eventsOfKind(pan1, 'death')) {
      expect(d.provenance.basis).toBe('derived');
      expect(d.label.toLowerCase()).toContain('unconfirmed');
    }
  });

  it('Pan: no date/month/year/offset times at all', () => {
    for (const c of [pan1, pan2]) {
      for (const t of allTimes(c)) expect(['order', 'unknown'], c.id).toContain(t.kind);
    }
  });

  it('Pan: age and sex are not given and not recorded', () => {
    for (const c of [pan1, pan2]) {
      expect(c.patient.age).toBeUndefined();
      expect(c.patient.sex).toBeUndefined();
    }
  });

  it('Pan: autologous anti-CD7 CAR-T bridging to allo-HSCT', () => {
    for (const c of [pan1, pan2]) {
      const [product] = c.products;
      expect(product!.targets?.value).toEqual(['CD7']);
      expect(product!.origin?.value).toBe('autologous');
      expect(timeOf(singleInfusion(c).time, 'order').before).toEqual(['hsct']);
      expect(eventsOfKind(c, 'transplant')[0]!.transplantType).toBe('allogeneic');
    }
  });

  it('Pan: Frontiers in Oncology 2026, 7 authors, doi 10.3389/fonc.2026.1766948, published 2026-01-29', () => {
    for (const c of [pan1, pan2]) {
      const [s] = c.sources;
      expect(s).toMatchObject({
        type: 'journal-abstract',
        venue: 'Frontiers in Oncology',
        year: 2026,
        published: '2026-01-29',
        doi: '10.3389/fonc.2026.1766948',
      });
      expect(s!.authors).toHaveLength(7);
      expect(s!.authors[0]).toBe('Zhijuan Pan');
    }
  });

  it('Pan case 2: inflammation controlled, complete recovery, timely transplant; no toxicity or grade invented', () => {
    expect(eventsOfKind(pan2, 'toxicity')).toHaveLength(0);
    expect(caseText('002b-pan-case-2')).not.toMatch(/"grade": \{/);
    const recovery = eventById(pan2, 'recovery');
    expect(recovery.kind === 'response' && recovery.assessment).toBe('other');
    expect(eventById(pan2, 'inflammation-controlled').kind).toBe('other');
    expect(eventById(pan2, 'favourable-course').kind).toBe('follow-up');
    expect(eventsOfKind(pan2, 'death')).toHaveLength(0);
  });

  it('Pan case 1: resolves as order only, transplant after infusion and GVHD after transplant', () => {
    const r = resolveCase(pan1);
    for (const t of r.times.values()) {
      expect(t.placement).toBe('order');
      // No start and no best day; the only bound is the abstract's own date (29 Jan 2026).
      expect(t.calendar).toEqual({ lo: null, hi: dayOfIso('2026-01-29'), best: null });
    }
    const seq = (k: string) => r.times.get(k)!.sequence;
    expect(seq('hsct')).toBeGreaterThan(seq('cart'));
    expect(seq('gvhd')).toBeGreaterThan(seq('hsct'));
    expect(seq('ta-tma')).toBeGreaterThan(seq('hsct'));
  });
});

describe('003 Zhou', () => {
  it('Zhou: 34-year-old man; the time of the age is not stated', () => {
    expect(zhou.patient.sex?.value).toBe('male');
    expect(zhou.patient.age?.years).toBe(34);
    expect(zhou.patient.age?.at.kind).toBe('unknown');
  });

  it('Zhou: T-ALL refractory to several lines of high-intensity chemotherapy ("triple-refractory")', () => {
    expect(zhou.patient.disease.abbreviation).toBe('T-ALL');
    expect(zhou.patient.disease.subtype).toContain('triple-refractory');
    const chemo = eventById(zhou, 'chemo-lines');
    expect(chemo.kind === 'chemotherapy' && chemo.lines).toBeUndefined();
  });

  it('Zhou: CR for four months after allo-HSCT, then relapse with chimerism 26.64 %', () => {
    expect(timeOf(eventById(zhou, 'relapse').time, 'offset')).toMatchObject({
      from: 'cr-after-hsct',
      amount: 4,
      unit: 'month',
    });
    const chimerism = seriesById(zhou, 'chimerism');
    expect(chimerism.unit).toBe('%');
    expect(chimerism.points).toHaveLength(1);
    expect(chimerism.points[0]!.value).toBe(26.64);
    expect(chimerism.points[0]!.time).toMatchObject({ kind: 'offset', from: 'relapse', amount: 0 });
  });

  it('Zhou: chimerism notes say the donor/recipient fraction is not stated', () => {
    expect(seriesById(zhou, 'chimerism').notes?.join(' ')).toMatch(
      /donor or the recipient fraction is not stated/,
    );
  });

  it('Zhou: debulking chemotherapy, then allogeneic anti-CD7 CAR-T', () => {
    const chemo = eventById(zhou, 'chemo-debulking');
    expect(chemo.kind === 'chemotherapy' && chemo.intent).toBe('debulking');
    expect(timeOf(singleInfusion(zhou).time, 'order').after).toEqual(['chemo-debulking']);
  });

  it('Zhou: product allogeneic, anti-CD7, retroviral vector, no gene editing', () => {
    const [p] = zhou.products;
    expect(p!.targets?.value).toEqual(['CD7']);
    expect(p!.origin?.value).toBe('allogeneic');
    expect(p!.vector?.value).toBe('retroviral');
    expect(p!.geneEditing?.value).toBe('none');
    expect(p!.geneEditing?.provenance.quote).toBe('without gene editing');
    expect(p!.dose).toBeUndefined();
  });

  it('Zhou: CRS grade 1 (scale not named) and ICANS reported absent', () => {
    const [crs] = toxicities(zhou, 'CRS');
    expect(crs).toMatchObject({
      occurred: true,
      grade: { scale: 'unstated', value: 1, asPrinted: 'CRS 1' },
    });
    const [icans, ...more] = toxicities(zhou, 'ICANS');
    expect(more).toHaveLength(0);
    expect(icans!.occurred).toBe(false);
    expect(icans!.grade).toBeUndefined();
  });

  it('Zhou: CAR copies 350758 copies/μg on day 6, printed as "350, 758"', () => {
    const car = seriesById(zhou, 'car-copies');
    expect(car).toMatchObject({ quantity: 'car-transgene', unit: 'copies/μg', scale: 'log' });
    expect(car.points).toHaveLength(1);
    const peak = car.points[0]!;
    expect(peak.value).toBe(350758);
    expect(peak.asPrinted).toBe('350, 758 copies/μg');
    expect(timeOf(peak.time, 'offset')).toMatchObject({ from: 'cart', amount: 6, unit: 'day' });
    expect(car.notes?.join(' ')).toMatch(/genomic DNA/);
  });

  it('Zhou: CR within 1 month of the infusion (0 to 1 month)', () => {
    const cr = eventById(zhou, 'cr-after-cart');
    expect(cr.kind === 'response' && cr.assessment).toBe('CR');
    expect(timeOf(cr.time, 'offset')).toMatchObject({
      from: 'cart',
      amount: 0,
      amountMax: 1,
      unit: 'month',
    });
  });

  it('Zhou: remission ongoing at 9 months, recorded as 9–10 months after infusion and derived', () => {
    const fu = eventById(zhou, 'remission-ongoing');
    expect(fu.kind === 'follow-up' && fu.status).toBe('in-remission');
    expect(timeOf(fu.time, 'offset')).toMatchObject({
      from: 'cart',
      amount: 9,
      amountMax: 10,
      unit: 'month',
    });
    expect(fu.provenance.basis).toBe('derived');
    if (fu.provenance.basis === 'derived')
      expect(fu.provenance.reason).toMatch(/infusion[\s\S]*CR/);
  });

  it("Zhou: 'to date' is not tied to the source's date (the copy does not date the writing); the implied bound is the end of 2024", () => {
    const fu = eventById(zhou, 'remission-ongoing');
    expect(fu.time.kind).toBe('offset');
    expect(fu.notes?.join(' ')).toMatch(/'To date' is the authors' time of writing/);
    for (const t of allTimes(zhou)) expect(t.kind).not.toBe('source-date');
    const r = resolveCase(zhou);
    expect(r.times.get('remission-ongoing')!.calendar).toMatchObject({
      lo: null,
      hi: epochDay('2024-12-31'),
      best: null,
    });
  });

  it('Zhou: no calendar times (the abstract gives none)', () => {
    for (const t of allTimes(zhou)) expect(['offset', 'order', 'unknown']).toContain(t.kind);
  });

  it('Zhou: Front. Immunol. 2024 vol 15, 14 authors in order, CC BY, provisionally accepted', () => {
    const [s] = zhou.sources;
    expect(s).toMatchObject({
      venue: 'Frontiers in Immunology',
      year: 2024,
      volume: '15',
      doi: '10.3389/fimmu.2024.1519055',
      licence: 'CC BY',
    });
    expect(s!.authors).toHaveLength(14);
    expect(s!.authors[0]).toBe('Huanhuan Zhou');
    expect(s!.authors[13]).toBe('Liqiong Liu');
    expect(s!.notes?.join(' ')).toMatch(/[Pp]rovisionally accepted/);
  });

  it('Zhou: peak is exactly 6 days after the infusion (fromRoot difference)', () => {
    const r = resolveCase(zhou);
    const cart = r.times.get('cart')!;
    const peak = r.times.get('car-copies[0]')!;
    expect(peak.root).toBe('cart');
    expect(peak.placement).toBe('relative');
    expect(peak.fromRoot.lo - cart.fromRoot.lo).toBe(6);
    expect(peak.fromRoot.hi - cart.fromRoot.hi).toBe(6);
    expect(peak.fromRoot.best - cart.fromRoot.best).toBe(6);
  });

  it('Zhou: the 9-month follow-up resolves 9–10 months after the infusion, after the CR', () => {
    const r = resolveCase(zhou);
    const fu = r.times.get('remission-ongoing')!;
    const cr = r.times.get('cr-after-cart')!;
    expect(fu.root).toBe('cart');
    expect(fu.fromRoot.lo).toBeGreaterThanOrEqual(9 * 28);
    expect(fu.fromRoot.hi).toBeLessThanOrEqual(10 * 31 + 1);
    expect(fu.sequence).toBeGreaterThan(cr.sequence);
  });
});

describe('004 Kong', () => {
  it('Kong: 62-year-old woman with CD19+ B-ALL; the time of the age is not stated', () => {
    expect(kong.patient.sex?.value).toBe('female');
    expect(kong.patient.age?.years).toBe(62);
    expect(kong.patient.age?.at.kind).toBe('unknown');
    expect(kong.patient.disease.abbreviation).toBe('B-ALL');
    expect(kong.patient.immunophenotype?.map((f) => f.value)).toEqual(['CD19+']);
  });

  it('Kong: first CAR-T autologous (stated) with CD19 derived; second donor-derived CD19 (stated)', () => {
    const first = kong.products.find((p) => p.id === 'car-t-1')!;
    const second = kong.products.find((p) => p.id === 'car-t-2')!;
    expect(first.origin).toMatchObject({ value: 'autologous', provenance: { basis: 'stated' } });
    expect(first.targets).toMatchObject({ value: ['CD19'], provenance: { basis: 'derived' } });
    expect(second.origin).toMatchObject({
      value: 'donor-derived',
      provenance: { basis: 'stated' },
    });
    expect(second.targets).toMatchObject({ value: ['CD19'], provenance: { basis: 'stated' } });
  });

  it('Kong: two infusions with the haploidentical HSCT and the extramedullary relapse between them', () => {
    const infusions = eventsOfKind(kong, 'car-t-infusion');
    expect(infusions.map((e) => e.product)).toEqual(['car-t-1', 'car-t-2']);
    expect(eventsOfKind(kong, 'transplant')[0]!.transplantType).toBe('haploidentical');
    const r = resolveCase(kong);
    const seq = (k: string) => r.times.get(k)!.sequence;
    expect(seq('cart-1')).toBeLessThan(seq('hsct'));
    expect(seq('hsct')).toBeLessThan(seq('relapse'));
    expect(seq('relapse')).toBeLessThan(seq('cart-2'));
    expect(r.defaultAnchor).toBe('cart-1');
  });

  it('Kong: extramedullary relapse in the right retroperitoneum and left pelvic wall', () => {
    const relapse = eventById(kong, 'relapse');
    expect(relapse.kind === 'relapse' && relapse.sites).toEqual(['extramedullary']);
    expect(relapse.kind === 'relapse' && relapse.locations).toEqual([
      'right retroperitoneal cavity',
      'left pelvic wall',
    ]);
  });

  it('Kong: PET/CT one month (lesions smaller) and three months (all resolved) after the second infusion', () => {
    expect(timeOf(eventById(kong, 'pet-1m').time, 'offset')).toMatchObject({
      from: 'cart-2',
      amount: 1,
      unit: 'month',
    });
    const pet3 = eventById(kong, 'pet-3m');
    expect(timeOf(pet3.time, 'offset')).toMatchObject({ from: 'cart-2', amount: 3, unit: 'month' });
    expect(pet3.kind === 'response' && pet3.method).toBe('PET/CT');
  });

  it('Kong: bone-marrow CR quickly after the second infusion, without an invented day', () => {
    const cr = eventById(kong, 'bm-cr');
    expect(timeOf(cr.time, 'order').after).toEqual(['cart-2']);
  });

  it('Kong: no GVHD observed after the donor-derived CAR-T', () => {
    const [gvhd, ...more] = toxicities(kong, 'GVHD');
    expect(more).toHaveLength(0);
    expect(gvhd!.occurred).toBe(false);
    expect(timeOf(gvhd!.time, 'order').after).toEqual(['cart-2']);
  });

  it('Kong: CAR-T % by flow exists with no invented values', () => {
    const flow = seriesById(kong, 'car-t-flow');
    expect(flow.quantity).toBe('car-t-flow');
    expect(flow.valuesReported).toBe(false);
    expect(flow.points).toEqual([]);
    expect(flow.provenance.locator).toContain('Figure 2');
  });

  it('Kong: cytokine and ferritin figure recorded with no invented values', () => {
    for (const id of ['ferritin', 'cytokines']) {
      const s = seriesById(kong, id);
      expect(s.valuesReported).toBe(false);
      expect(s.points).toEqual([]);
    }
  });

  it('Kong: contains no "Emily", no "9 years" and no 2013 banner', () => {
    const text = caseText('004-kong');
    expect(text).not.toMatch(/Emily/i);
    expect(text).not.toMatch(/9 years/);
    expect(text).not.toMatch(/2013/);
  });

  it("Kong: cites J Zhejiang Univ Sci B 2022;23(10):876-880 with the journal's 8 authors", () => {
    const [s] = kong.sources;
    expect(s).toMatchObject({
      venue: 'Journal of Zhejiang University Science B',
      year: 2022,
      volume: '23',
      issue: '10',
      pages: '876-880',
      doi: '10.1631/jzus.B2200128',
    });
    expect(s!.authors).toEqual([
      'Delin Kong',
      'Tingting Yang',
      'Jia Geng',
      'Ruirui Jing',
      'Qiqi Zhang',
      'Guoqing Wei',
      'He Huang',
      'Yongxian Hu',
    ]);
    expect(s!.notes?.join(' ')).toMatch(/slide summary/);
  });
});

describe('honesty across the library', () => {
  const all = [marina, sun, pan1, pan2, zhou, kong];

  it('every derived fact carries a reason (schema) and stated facts carry none', () => {
    for (const c of all) {
      const text = caseText(c.id);
      const derived = (text.match(/"basis": "derived"/g) ?? []).length;
      const reasons = (text.match(/"reason": /g) ?? []).length;
      expect(reasons, c.id).toBe(derived);
    }
  });

  // Neither abstract names its CRS scale; recording ASTCT would be an assumption.
  it('every CRS or ICANS grade that is given keeps its print, and no unnamed scale is called ASTCT', () => {
    for (const c of all) {
      for (const t of eventsOfKind(c, 'toxicity')) {
        if ((t.toxicity === 'CRS' || t.toxicity === 'ICANS') && typeof t.grade === 'object') {
          expect(t.grade.scale).toBe('unstated');
          expect(t.grade.asPrinted).toBeDefined();
        }
      }
    }
  });

  it('toxicities reported absent carry no grade', () => {
    for (const c of all) {
      for (const t of eventsOfKind(c, 'toxicity')) if (!t.occurred) expect(t.grade).toBeUndefined();
    }
  });

  it('plans are never placed before the events they follow and never carry calendar dates', () => {
    for (const c of all) {
      for (const p of eventsOfKind(c, 'plan')) expect(p.time.kind).toBe('order');
    }
  });

  it('measurement points without a value are censored (undetectable / below detection)', () => {
    for (const c of all) {
      for (const s of c.measurements) {
        for (const p of s.points) {
          if (p.value === undefined)
            expect(['undetectable', 'below-detection']).toContain(p.qualifier);
        }
      }
    }
  });
});

describe('peak flags', () => {
  it('Zhou: the day-6 CAR copy value is flagged as the peak the source reports; no other point is', () => {
    const flagged = [marina, sun, pan1, pan2, zhou, kong].flatMap((c) =>
      c.measurements.flatMap((s) =>
        s.points.filter((p) => p.peak).map((p) => `${c.id}:${s.id}:${p.value}`),
      ),
    );
    expect(flagged).toHaveLength(1);
    expect(flagged[0]).toMatch(/^003-zhou:.*:350758$/);
  });
});
