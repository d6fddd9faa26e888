// The annotated example in docs/case-format.md must stay a valid case: it is what curators copy.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Case } from '../../src/core/format/index.ts';
import { resolveCase } from '../../src/core/time/resolve.ts';
import { validateCaseText } from '../../src/core/validate/validateCase.ts';
import { epochDay } from './library.ts';

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
