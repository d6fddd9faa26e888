import type { Case } from '../../core/format/index.ts';
import { frameChoices } from '../../core/layout/index.ts';
import type { ResolvedCase } from '../../core/time/types.ts';
import { defaultViewState, type ViewState } from '../../app/viewStore/index.ts';

/** The view a case opens with: its default frame (relative to the first CAR-T infusion, if any). */
export function initialView(c: Case, rc: ResolvedCase, over: Partial<ViewState> = {}): ViewState {
  const first = frameChoices(c, rc)[0];
  return { ...defaultViewState(first?.frame ?? { mode: 'calendar', anchor: null }), ...over };
}
