import type { Frame } from '../../core/layout/types.ts';

/** A frame as a <select> value: "cal" or "rel:<anchor>" (the same spelling as in links). */
export function frameValue(f: Frame): string {
  return f.mode === 'calendar' ? 'cal' : `rel:${f.anchor ?? ''}`;
}
