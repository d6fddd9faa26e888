import type { CaseLoad } from '../../core/library/loadLibrary.ts';
import { ownFileTooLarge, ownFileUnreadable } from '../../core/library/ownFile.ts';
import { MAX_CASE_BYTES } from '../../core/validate/limits.ts';

/**
 * Reads a picked or dropped file in the browser (nothing is sent anywhere) and hands its text to
 * `open`. A file above the size limit is refused from its size, without being read.
 */
export async function readOwnFile(
  file: File,
  open: (text: string, name: string) => CaseLoad | Promise<CaseLoad>,
): Promise<CaseLoad> {
  if (file.size > MAX_CASE_BYTES) return ownFileTooLarge(file.name, file.size);
  try {
    return await open(await file.text(), file.name);
  } catch (e) {
    return ownFileUnreadable(file.name, e instanceof Error ? e.message : String(e));
  }
}
