// Warnings: things that are allowed but usually a slip. A case with only warnings still loads.

import type { Case } from '../../format/index.ts';
import { warning, type Draft } from '../draft.ts';
import { forEachProvenance, member } from './walk.ts';

const MIN_REASON = 10;

/** Reports oddities a curator probably wants to look at; none of them stops the case from loading. */
export function checkOddities(c: Case): Draft[] {
  const out: Draft[] = [];
  if (c.events.length === 0) {
    out.push(
      warning(
        'no-events',
        'events',
        'at least one event',
        'an empty list',
        'Add the events the source reports.',
      ),
    );
  }
  c.events.forEach((e, i) => {
    if (
      e.kind === 'toxicity' &&
      e.occurred &&
      e.grade === undefined &&
      e.gradeCourse === undefined &&
      (e.toxicity === 'CRS' || e.toxicity === 'ICANS')
    ) {
      out.push(
        warning(
          'grade-missing',
          `events[${i}].grade`,
          `a "grade" on ${e.toxicity}`,
          'nothing',
          'Add "grade": "not-reported" if the source gives none, or the grade it prints.',
        ),
      );
    }
  });
  c.measurements.forEach((s, i) => {
    if (s.valuesReported !== false && s.points.length === 0) {
      out.push(
        warning(
          'no-points',
          `measurements[${i}].points`,
          'at least one point, or "valuesReported": false',
          'an empty list',
          'Add the values the source reports, or set "valuesReported": false if it shows none readable.',
        ),
      );
    }
    s.points.forEach((p, k) => {
      if (p.qualifier === 'approximate' && p.asPrinted === undefined) {
        out.push(
          warning(
            'approximate-without-print',
            `measurements[${i}].points[${k}].asPrinted`,
            'the value as printed, for an approximate value',
            'nothing',
            'Add "asPrinted" with the value exactly as the source prints it (e.g. "~350").',
          ),
        );
      }
    });
  });
  c.sources.forEach((s, i) => {
    // Notes are where the fix sends a curator when there is no link: once written, stop warning.
    if (s.doi === undefined && s.url === undefined && !s.notes?.length) {
      out.push(
        warning(
          'source-without-link',
          `sources[${i}]`,
          'a "doi" or a "url" so readers can find the source',
          'neither',
          'Add the DOI or the web address; if the source has neither, say where to find it in "notes".',
        ),
      );
    }
  });
  forEachProvenance(c, (p, holder) => {
    if (p.basis === 'derived' && p.reason.trim().length < MIN_REASON) {
      out.push(
        warning(
          'short-reason',
          member(member(holder(), 'provenance'), 'reason'),
          `a reason of at least ${MIN_REASON} characters`,
          JSON.stringify(p.reason),
          'Say in a sentence how the fact was calculated or inferred from the source.',
        ),
      );
    }
  });
  out.push(...unused(c));
  return out;
}

/** Products nobody received and sources nothing cites are usually left over from an edit. */
function unused(c: Case): Draft[] {
  const out: Draft[] = [];
  const infused = new Set(
    c.events.flatMap((e) => (e.kind === 'car-t-infusion' ? [e.product] : [])),
  );
  const ids = new Set(c.products.map((p) => p.id));
  // An infusion naming an unknown product is already an error whose fix names the likely product.
  const mistyped = [...infused].some((id) => !ids.has(id));
  c.products.forEach((p, i) => {
    if (!infused.has(p.id) && !mistyped) {
      out.push(
        warning(
          'unused-product',
          `products[${i}].id`,
          'a product given in some "car-t-infusion" event',
          `"${p.id}", which no infusion names`,
          'Name it in the infusion that gave it, or remove it.',
        ),
      );
    }
  });
  const cited = new Set<string>();
  forEachProvenance(c, (p) => {
    cited.add(p.source);
    p.corroboratedBy?.forEach((o) => cited.add(o.source));
  });
  c.sources.forEach((s, i) => {
    if (!cited.has(s.id)) {
      out.push(
        warning(
          'unused-source',
          `sources[${i}].id`,
          'a source that some provenance cites',
          `"${s.id}", which nothing cites`,
          'Cite it where it supports a fact, or remove it.',
        ),
      );
    }
  });
  return out;
}
