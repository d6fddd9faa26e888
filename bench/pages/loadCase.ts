import type { Case } from '../../src/core/format/index.ts';
import type { ResolvedCase } from '../../src/core/time/types.ts';
import { checkSyntheticText } from '../synthetic/checkSynthetic.ts';
import { fetchText } from './probe.ts';

/** Fetches a synthetic case and validates and resolves it with the app's checks. */
export async function loadCase(name: string): Promise<{ c: Case; rc: ResolvedCase }> {
  const file = `data/${name}.json`;
  const checked = checkSyntheticText(await fetchText(file));
  if (!checked.ok) {
    const first = checked.errors[0];
    throw new Error(`${file} did not load: ${first?.path} ${first?.expected}`);
  }
  return checked;
}
