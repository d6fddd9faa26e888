// One list of records kept under a key in this browser's localStorage. What comes back is untrusted
// (another tab, an extension or an older version may have written it), so it is checked against a
// schema; how reading or writing failed is returned for the caller to word, never thrown.
import type { z } from '../../core/format/zod.ts';

/** The browser's localStorage, or null where there is none or it is blocked (privacy modes throw). */
export function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** What reading a key gave: its checked value, or why there is none. */
export type StoredRead<T> =
  { state: 'ok'; value: T } | { state: 'absent' | 'blocked' | 'damaged'; value?: undefined };

/** Reads and checks the JSON under `key`; nothing stored, a refusal and bad data are told apart. */
export function readStored<T>(
  storage: Storage | null,
  key: string,
  schema: z.ZodType<T>,
): StoredRead<T> {
  if (!storage) return { state: 'absent' };
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return { state: 'blocked' };
  }
  if (raw === null) return { state: 'absent' };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { state: 'damaged' };
  }
  const parsed = schema.safeParse(value);
  return parsed.success ? { state: 'ok', value: parsed.data } : { state: 'damaged' };
}

/**
 * Writes `value` as JSON under `key`, or removes the key when `value` is null. Returns false when
 * the browser refuses (storage full or blocked).
 */
export function writeStored(storage: Storage, key: string, value: unknown): boolean {
  try {
    if (value === null) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}
