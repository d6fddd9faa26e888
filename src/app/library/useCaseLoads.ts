import { useEffect, useMemo } from 'react';
import type { CaseLoad } from '../../core/library/loadLibrary.ts';
import { casesById, useLibraryStore } from '../store/libraryStore.ts';

/**
 * The full cases among `ids` (library cases are read and checked when first asked for; the
 * reader's own files are already loaded), in the order of `ids`, and whether any is still being
 * read.
 */
export function useCaseLoads(ids: readonly string[]): { loads: CaseLoad[]; pending: boolean } {
  const loaded = useLibraryStore((s) => s.loaded);
  const opened = useLibraryStore((s) => s.opened);
  const ensure = useLibraryStore((s) => s.ensureCases);
  const key = ids.join('\n');
  useEffect(() => {
    void ensure(key === '' ? [] : key.split('\n'));
  }, [ensure, key]);
  const loads = useMemo(
    () => casesById(key === '' ? [] : key.split('\n'), loaded, opened),
    [key, loaded, opened],
  );
  return { loads, pending: loads.length < ids.length };
}
