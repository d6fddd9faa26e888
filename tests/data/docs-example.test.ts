// The annotated example in docs/case-format.md must stay a valid case: it is what curators copy.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Case } from '../../src/core/format/index.ts';
import { resolveCase } from '../../src/core/time/resolve.ts';
import { formatProblem } from '../../src/core/validate/problem.ts';
import { validateCaseText } from '../../src/core/validate/validateCase.ts';
import { epochDay, loadCase } from './library.ts';

const doc = readFileSync(
  fileURLToPath(new URL('../../docs/case-format.md', import.meta.url)),
  'utf8',
);

/** The first ```json block after the "A complete example" heading. */
function exampleText(): string {
  const section = doc.slice(doc.indexOf('## A complete example'));
  const match = /```json\n([\s\S]*?)\n```/.exec(section);
  if (!match) throw new Error('no JSON example found in docs/case-format.md');
  return match[1]!;
}

describe('docs/case-format.md example', () => {
  it('is marked as illustrative, not patient data', () => {
    const c = Case.parse(JSON.parse(exampleText()));
    expect(c.title).toMatch(/not patient data/);
    expect(doc).toMatch(/\*\*fictional\*\*: it is not patient data/);
  });

  it('parses as a format v1 case and has no validator errors', () => {
    const text = exampleText();
    expect(Case.safeParse(JSON.parse(text)).success).toBe(true);
    const { problems } = validateCaseText(text, 'docs/case-format.md#example');
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('resolves as the notes describe: "about six months" after February 2023, day −5 before a dated infusion', () => {
    const r = resolveCase(Case.parse(JSON.parse(exampleText())));
    expect(r.problems).toEqual([]);
    const relapse = r.times.get('relapse')!;
    expect(relapse.placement).toBe('calendar');
    expect(relapse.calendar.lo).toBeGreaterThanOrEqual(epochDay('2023-07-01'));
    expect(relapse.calendar.hi).toBeLessThanOrEqual(epochDay('2023-09-30'));
    expect(r.times.get('ld')!.calendar).toMatchObject({
      lo: epochDay('2023-09-07'),
      hi: epochDay('2023-09-07'),
    });
    expect(r.defaultAnchor).toBe('cart');
  });
});

/** The first fenced block of `lang` after `heading`. */
function blockAfter(heading: string, lang: string): string {
  const at = doc.indexOf(heading);
  if (at < 0) throw new Error(`no "${heading}" in docs/case-format.md`);
  const match = new RegExp('```' + lang + '\\n([\\s\\S]*?)\\n```').exec(doc.slice(at));
  if (!match) throw new Error(`no ${lang} block after "${heading}"`);
  return match[1]!;
}

const longDay = (day: number) =>
  new Date(day * 86_400_000).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });

describe('docs/case-format.md time model', () => {
  it("quotes Marina's resolved bounds as resolveCase gives them", () => {
    const r = resolveCase(loadCase('000-marina'));
    const [lo, hi] = r.bounds.calendar('cart');
    expect([lo, hi]).toEqual([epochDay('2025-06-15'), epochDay('2025-12-18')]);
    expect(doc).toContain(`\`[${lo}, ${hi}]\``);
    expect(doc).toContain(`between **${longDay(lo!)} and ${longDay(hi!)} 2025**`);
    const [a, b] = r.bounds.between('hsct', 'cart')!;
    expect(doc).toContain(`From the transplant to the infusion: ${a} to ${b} days.`);
    const [c, d] = r.bounds.between('hsct', 'mrd-relapse')!;
    expect(doc).toContain(`**MRD relapse**: ${c} to ${d} days after the transplant`);
    const [n0, n1] = r.bounds.between('mrd-negative', 'ngs')!;
    expect(-n0!).toBe(n1);
    expect(doc).toContain(`up to ${n1} days either side of that test`);
  });

  it("shows the validator's own words for the one-line contradiction", () => {
    const slip = JSON.parse(`{${blockAfter('#### Contradictions', 'json')}}`);
    const provenance = { source: 'demo', locator: 'Paragraph 1', basis: 'stated' };
    const demo = {
      formatVersion: 1,
      id: 'my-case',
      title: 'Contradiction demo — not patient data',
      summary: 'Fictional.',
      patient: { disease: { name: 'B-ALL', provenance } },
      sources: [{ id: 'demo', type: 'web-page', authors: [], title: 'Fictional', year: 2012 }],
      products: [{ id: 'car-t', label: 'CAR-T' }],
      events: [
        {
          id: 'cart',
          kind: 'car-t-infusion',
          label: 'CAR-T infusion',
          product: 'car-t',
          time: { kind: 'date', date: '2012-04-17', asStated: 'on 17 April 2012' },
          provenance,
        },
        {
          id: 'crs',
          kind: 'toxicity',
          label: 'CRS',
          toxicity: 'CRS',
          occurred: true,
          grade: 'not-reported',
          ...slip,
          provenance,
        },
      ],
      measurements: [],
      curation: { curatedOn: '2026-11-22', notes: ['Fictional.'] },
    };
    const { problems } = validateCaseText(JSON.stringify(demo, null, 2), 'my-case.json');
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => p.code)).toEqual(['time-contradiction']);
    // File position aside (the doc's file is laid out differently), the words must be the same.
    const tail = (line: string) => line.slice(line.indexOf(' at '));
    expect(tail(blockAfter('#### Contradictions', 'text'))).toBe(tail(formatProblem(errors[0]!)));
  });
});
