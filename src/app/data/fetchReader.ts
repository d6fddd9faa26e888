import type { Reader } from '../../core/library/loadLibrary.ts';
import { takeEarlyRead } from './earlyReads.ts';

/**
 * Reads library files over HTTP from "data/<relPath>" next to the page. Resolving against
 * document.baseURI (not "/") keeps the app working under any sub-path. A 404 is a missing file
 * (null), which the loader reports on that case's card; other failures are thrown.
 */
export const httpReader: Reader = async (relPath) => {
  const url = new URL(`data/${relPath}`, document.baseURI);
  const res = await fetch(url);
  if (res.status === 404) return null;
  if (!res.ok) throw new Error(`Could not read ${url.pathname}: HTTP ${res.status}`);
  return res.text();
};

/** The app's reader: a read the boot script already started (earlyReads.ts), else over HTTP. */
export const fetchReader: Reader = (relPath) => takeEarlyRead(relPath) ?? httpReader(relPath);
