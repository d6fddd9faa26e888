// Every id a case refers to must name something in the same file: events, products, sources.

import type { Case, Event } from '../../format/index.ts';
import { isTreatment, TREATMENT_KINDS } from '../../format/treatments.ts';
import { error, type Draft } from '../draft.ts';
import { andList, nearest, quote, withArticle } from '../words.ts';
import { forEachProvenance, forEachTime, member } from './walk.ts';

// Suggesting a near id compares against every id: cap the work so huge or badly broken files stay fast.
const MAX_CANDIDATES = 2000;
const MAX_SUGGESTIONS = 50;

const TREATMENT_LIST = andList(
  TREATMENT_KINDS.map((k) => `"${k}"`),
  'or',
);

/** A toxicity's "treatedBy" names an event that is no treatment (an infusion, a response, …). */
function notATreatment(path: string, toxicity: Event, by: Event): Draft {
  return error(
    'not-a-treatment',
    path,
    `the id of a treatment given: an event of kind ${TREATMENT_LIST}`,
    `"${by.id}", the "${by.kind}" event ${quote(by.label)}`,
    `Remove "${by.id}" from the "treatedBy" of toxicity "${toxicity.id}" (${quote(toxicity.label)}), or ` +
      `record what the source says treated it (e.g. tocilizumab, a steroid) as a "therapy" event ` +
      `and use that id.`,
  );
}

/**
 * Reports references to events, products and sources that the case does not define, and a
 * toxicity's "treatedBy" that names an event which is not a treatment given.
 */
export function checkReferences(c: Case): Draft[] {
  const out: Draft[] = [];
  const events = new Map(c.events.map((e) => [e.id, e]));
  const products = new Set(c.products.map((p) => p.id));
  const sources = new Set(c.sources.map((s) => s.id));
  let suggestions = 0;

  const unknown = (
    path: string,
    id: string,
    noun: string,
    list: string,
    known: Set<string> | Map<string, unknown>,
  ) => {
    const near =
      known.size <= MAX_CANDIDATES && suggestions++ < MAX_SUGGESTIONS
        ? nearest(id, known.keys())
        : null;
    const fix = near
      ? `Change it to "${near}", or add the ${noun} "${id}" to "${list}".`
      : `Use the id of ${withArticle(noun)} in "${list}", or add the ${noun} there.`;
    out.push(
      error(`unknown-${noun}`, path, `the id of ${withArticle(noun)} in "${list}"`, `"${id}"`, fix),
    );
  };
  const eventRef = (path: string, id: string) => {
    if (!events.has(id)) unknown(path, id, 'event', 'events', events);
  };

  forEachTime(c, (t, path) => {
    if (t.kind === 'offset') {
      eventRef(`${path}.from`, t.from);
      const anchor = events.get(t.from);
      if (t.anchor === 'end' && anchor && !anchor.end) {
        out.push(
          error(
            'missing-end',
            `${path}.anchor`,
            `an event with an "end" to count from`,
            `"end", but event "${t.from}" has no "end"`,
            `Count from its start ("anchor": "start"), or give event "${t.from}" an "end".`,
          ),
        );
      }
    } else if (t.kind === 'order') {
      t.after?.forEach((id, k) => eventRef(`${path}.after[${k}]`, id));
      t.before?.forEach((id, k) => eventRef(`${path}.before[${k}]`, id));
    } else if (t.kind === 'source-date' && !sources.has(t.source)) {
      unknown(`${path}.source`, t.source, 'source', 'sources', sources);
    }
  });

  c.events.forEach((e, i) => {
    if (e.kind === 'toxicity')
      e.treatedBy?.forEach((id, k) => {
        const path = `events[${i}].treatedBy[${k}]`;
        const by = events.get(id);
        if (!by) eventRef(path, id);
        else if (!isTreatment(by)) out.push(notATreatment(path, e, by));
      });
    if ((e.kind === 'car-t-infusion' || e.kind === 'apheresis') && e.product !== undefined) {
      if (!products.has(e.product))
        unknown(`events[${i}].product`, e.product, 'product', 'products', products);
    }
  });

  forEachProvenance(c, (p, holder) => {
    if (!sources.has(p.source))
      unknown(
        member(member(holder(), 'provenance'), 'source'),
        p.source,
        'source',
        'sources',
        sources,
      );
    p.corroboratedBy?.forEach((o, k) => {
      const at = `${member(member(holder(), 'provenance'), 'corroboratedBy')}[${k}].source`;
      if (!sources.has(o.source)) unknown(at, o.source, 'source', 'sources', sources);
      else if (o.source === p.source)
        out.push(
          error(
            'corroboration-repeats-source',
            at,
            'another source than the provenance\'s own "source"',
            `"${o.source}", the source the fact is already read from`,
            'Name the other source that reports the same fact, or remove this entry.',
          ),
        );
    });
  });
  return out;
}
