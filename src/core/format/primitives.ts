import { z } from './zod.ts';

/** Identifier of an item inside one case file (events, products, sources, series). */
export const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'an id of lower-case letters, digits and hyphens, e.g. "car-t-1"')
  .max(64)
  .meta({
    description: 'Identifier, unique within the case file: lower-case letters, digits, hyphens.',
  });

/** Free text written by the curator (never rendered as HTML). */
export const Text = z.string().min(1).max(2000);

/** A short label shown on cards and marks. */
export const Label = z.string().min(1).max(120);

/** Calendar date, day precision, ISO 8601 (checked to be a real day, see isRealDate). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD, e.g. "2025-04-15"')
  .refine(isRealDate, 'a calendar day that exists (e.g. 2025-02-28, not 2025-02-30)');

/** Calendar month, ISO 8601 "YYYY-MM". */
export const IsoMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month written YYYY-MM, e.g. "2025-04"');

/** True when an ISO "YYYY-MM-DD" string names a day that exists in the Gregorian calendar. */
export function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** Links from data are limited to web and DOI targets; anything else (javascript:, data:) is refused. */
export const WebUrl = z
  .string()
  .max(2000)
  .regex(/^https?:\/\/[^\s]+$/, 'a web address starting with https:// or http://');

/** A DOI without the resolver prefix, e.g. "10.3389/fimmu.2024.1519055". */
export const Doi = z
  .string()
  .regex(
    /^10\.\d{4,9}\/\S+$/,
    'a DOI such as "10.3389/fimmu.2024.1519055" (no https://doi.org/ prefix)',
  );
