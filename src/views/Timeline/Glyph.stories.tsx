import type { Meta } from '@storybook/react-vite';
import type { Event } from '../../core/format/index.ts';
import { glyphFor } from '../../core/glyphs/index.ts';
import type { Glyph as GlyphSpec } from '../../core/layout/types.ts';
import { CASE_IDS } from '../fixtures/caseFixtures.ts';
import { libraryStory, okCaseStory } from '../fixtures/stories.tsx';
import { Glyph } from './Glyph.tsx';
import { GlyphDefs } from './GlyphDefs.tsx';

const meta: Meta<typeof Glyph> = { title: 'Timeline/Glyph', component: Glyph };
export default meta;

/** A row of glyphs with their captions, on the chart's themed background. */
function Row({ glyphs, id }: { glyphs: Array<{ glyph: GlyphSpec; caption: string }>; id: string }) {
  const w = 110;
  return (
    <svg className="tl-theme" width={glyphs.length * w} height={70} role="img" aria-label="Glyphs">
      <GlyphDefs prefix={id} tones={glyphs.map((g) => g.glyph.tone)} />
      {glyphs.map((g, i) => (
        <g key={g.caption}>
          <Glyph
            glyph={g.glyph}
            x={i * w + w / 2}
            y={24}
            r={10}
            defs={id}
            planned={g.glyph.tone === 'plan'}
          />
          <text className="mark__label" x={i * w + w / 2} y={58} textAnchor="middle">
            {g.caption}
          </text>
        </g>
      ))}
    </svg>
  );
}

/** Zhou's CRS at every grade, not reported, and not observed: number and fill, not colour. */
export const ToxicityGrades = okCaseStory(CASE_IDS.zhou, ({ case: c }) => {
  const crs = c.events.find((e) => e.id === 'crs') as Extract<Event, { kind: 'toxicity' }>;
  const variants: Array<[string, Extract<Event, { kind: 'toxicity' }>]> = [
    ...[1, 2, 3, 4].map((n): [string, typeof crs] => [
      `grade ${n}`,
      { ...crs, grade: { scale: 'ASTCT', value: n } },
    ]),
    ['not reported', { ...crs, grade: 'not-reported' }],
    ['not observed', { ...crs, occurred: false }],
  ];
  return (
    <Row
      id="grades"
      glyphs={variants.map(([caption, e]) => ({ caption, glyph: glyphFor(c, { event: e }) }))}
    />
  );
});

/** Every distinct glyph in the shipped library, one per legend key. */
export const LibraryGlyphs = libraryStory((library) => {
  const seen = new Map<string, { glyph: GlyphSpec; caption: string }>();
  for (const load of library.cases) {
    if (load.status !== 'ok') continue;
    const c = load.case;
    for (const e of c.events) {
      const glyph = glyphFor(c, { event: e });
      if (!seen.has(glyph.legendKey))
        seen.set(glyph.legendKey, { glyph, caption: glyph.legendKey });
    }
    for (const s of c.measurements)
      for (const p of s.points) {
        const glyph = glyphFor(c, { series: s, point: p });
        if (!seen.has(glyph.legendKey))
          seen.set(glyph.legendKey, { glyph, caption: glyph.legendKey });
      }
  }
  const all = [...seen.values()];
  return (
    <div>
      {Array.from({ length: Math.ceil(all.length / 8) }, (_, i) => (
        <Row key={i} id={`lib${i}`} glyphs={all.slice(i * 8, i * 8 + 8)} />
      ))}
    </div>
  );
});
