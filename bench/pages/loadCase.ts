import type { Case } from '../../src/core/format/index.ts';
import type { ResolvedCase } from '../../src/core/time/types.ts';
import { checkSyntheticText } from '../synthetic/checkSynthetic.ts';
import { fetchText, markDataIn } from './probe.ts';

/**
 * Fetches synthetic cases, marks when all their text is in, then validates and resolves each with
 * the app's checks.
 */
export async function loadCases(names: string[]): Promise<Array<{ c: Case; rc: ResolvedCase }>> {
  const files = names.map((n) => `data/${n}.json`);
  const texts = await Promise.all(files.map(fetchText));
  markDataIn();
  return texts.map((text, i) => {
    const checked = checkSyntheticText(text);
    if (!checked.ok) {
      const first = checked.errors[0];
      throw new Error(`${files[i]} did not load: ${first?.path} ${first?.expected}`);
    }
    return checked;
  });
}
