// The editor's serialisation: shipped files come back byte-identical, and what it writes is already
// in the repository's Prettier style (so `prettier --check` and a diff see only real changes).
import { readdirSync, readFileSync } from 'node:fs';
import { format } from 'prettier';
import { describe, expect, it } from 'vitest';
import { printJson } from '../../../src/core/editor/printJson.ts';

const DIR = 'public/data/cases';
const shipped = readdirSync(DIR).filter((f) => f.endsWith('.json'));

describe('printJson', () => {
  it.each(shipped)('gives back %s byte for byte when nothing changed', (f) => {
    const text = readFileSync(`${DIR}/${f}`, 'utf8');
    expect(printJson(JSON.parse(text))).toBe(text);
  });

  it('keeps short lists on one line and breaks a list that would pass 100 columns', () => {
    const short = { notes: ['a', 'b'] };
    const long = { notes: ['x'.repeat(60), 'y'.repeat(40)] };
    expect(printJson(short)).toBe('{\n  "notes": ["a", "b"]\n}\n');
    expect(printJson(long)).toBe(
      `{\n  "notes": [\n    "${'x'.repeat(60)}",\n    "${'y'.repeat(40)}"\n  ]\n}\n`,
    );
  });

  it('counts the trailing comma when deciding whether a list fits', () => {
    // 2 indent + `"k": ` (5) + the list: exactly 100 columns fits alone, not with a comma after it.
    const list = ['z'.repeat(89)];
    expect(printJson({ k: list })).toContain(`"k": ["${'z'.repeat(89)}"]\n`);
    expect(printJson({ k: list, l: 1 })).toContain('"k": [\n');
  });

  it('leaves undefined keys out and writes empty lists and objects compactly', () => {
    expect(printJson({ a: undefined, b: [], c: {} })).toBe('{\n  "b": [],\n  "c": {}\n}\n');
  });

  it('writes what Prettier would leave unchanged, for lists of many widths', async () => {
    for (let n = 0; n < 120; n++) {
      const arr = Array.from({ length: 1 + (n % 5) }, (_, i) => 'w'.repeat((n * 7 + i * 13) % 97));
      const v = { a: { notes: arr, inner: { values: arr, e: {} }, list: [{ k: arr }, 's'] } };
      const mine = printJson(v);
      const prettier = await format(mine, { parser: 'json', printWidth: 100 });
      expect(mine).toBe(prettier);
    }
  });
});
