// Reads the page's first script (src/boot) starts before the app has loaded: the library summary
// and the files of the case(s) the address opens. Each is kept on the window under one key, and the
// app's reader takes it instead of fetching again, so a case link's file arrives while the app's
// code is still downloading rather than after it has run.
import type { Reader } from '../../core/library/loadLibrary.ts';

/** The window property the boot script's reads are kept under. */
export const EARLY_READS_KEY = '__caselinesEarlyReads';

type EarlyReads = Map<string, Promise<string | null>>;

function earlyReads(create: boolean): EarlyReads | undefined {
  if (typeof window === 'undefined') return undefined;
  const w = window as unknown as Record<string, EarlyReads | undefined>;
  if (!w[EARLY_READS_KEY] && create) w[EARLY_READS_KEY] = new Map();
  return w[EARLY_READS_KEY];
}

/** Starts reading `relPath` with `read` now and keeps the promise for the app's first read of it. */
export function startEarlyRead(relPath: string, read: Reader): Promise<string | null> {
  const reads = earlyReads(true)!;
  const started = reads.get(relPath);
  if (started) return started;
  const p = read(relPath);
  // A failure is reported by whoever takes the read; unclaimed, it must not surface on its own.
  p.catch(() => undefined);
  reads.set(relPath, p);
  return p;
}

/** The early read of `relPath`, once (a later read fetches afresh), or undefined when none was started. */
export function takeEarlyRead(relPath: string): Promise<string | null> | undefined {
  const reads = earlyReads(false);
  const p = reads?.get(relPath);
  reads?.delete(relPath);
  return p;
}
