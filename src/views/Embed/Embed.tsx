import {
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { buildCohort, type Cohort } from '../../core/cohort/index.ts';
import type { CaseLoad } from '../../core/library/loadLibrary.ts';
import {
  fontScale,
  parseEmbedQuery,
  permalink,
  slideTextHeight,
  slideTextSize,
  viewQueryContext,
  type ParsedEmbed,
} from '../../app/embed/index.ts';
import { ignoredViewParams } from '../../app/url/index.ts';
import type { SceneTarget } from '../../scene/index.ts';
import { ErrorBoundary } from '../ErrorBoundary/ErrorBoundary.tsx';
import { UrlNotice } from '../UrlNotice/UrlNotice.tsx';
import { EmbedCaption } from './EmbedCaption.tsx';
import { EmbedCase } from './EmbedCase.tsx';
import { EmbedCohort } from './EmbedCohort.tsx';
import { EmbedCompare } from './EmbedCompare.tsx';
import type { SlidePart } from './SlideCompare.tsx';
import { useFitStage } from './useFitStage.ts';

/** Props of Embed. */
export interface EmbedProps {
  /** The embed link's query ("v=1&view=case&case=…&theme=dark…"). */
  query: string;
  /** Every case the link may name (the loaded library). */
  cases: readonly CaseLoad[];
  /** A comparison slide's step in a presentation: its charts (default) or its full legend. */
  part?: SlidePart;
  /** The cohort view's rows, made from the library summary; else made from `cases`. */
  cohort?: Cohort;
}

type Loaded = Extract<CaseLoad, { status: 'ok' }>;

/** What the link asks for, checked against the library. */
type Content =
  | { kind: 'case'; load: Loaded; ignored: string[] }
  | { kind: 'compare'; loads: Loaded[] }
  | { kind: 'cohort' }
  | { kind: 'missing'; message: string };

function contentOf(parsed: ParsedEmbed, cases: readonly CaseLoad[]): Content {
  const { options, inner } = parsed;
  const ok = (id: string | null) => {
    const load = cases.find((c) => c.entry.id === id);
    return load?.status === 'ok' ? load : null;
  };
  if (options.view === 'case') {
    const load = ok(options.caseId);
    if (!load)
      return {
        kind: 'missing',
        message: options.caseId
          ? `The case “${options.caseId}” is not in this library, or its file did not load.`
          : 'This embed link names no case.',
      };
    const ctx = viewQueryContext(load.case, load.resolved);
    return { kind: 'case', load, ignored: ignoredViewParams(inner, ctx) };
  }
  if (options.view === 'compare') {
    const q = new URLSearchParams(inner);
    const loads = [ok(q.get('a')), ok(q.get('b'))].filter((l): l is Loaded => l !== null);
    return { kind: 'compare', loads };
  }
  return { kind: 'cohort' };
}

/** The caption's title and the cases it cites. */
function captionOf(content: Content, cohortSize: number) {
  switch (content.kind) {
    case 'case':
      return { title: content.load.case.title, cases: [content.load.case] };
    case 'compare':
      return {
        title: content.loads.map((l) => l.case.title).join(' and '),
        cases: content.loads.map((l) => l.case),
      };
    case 'cohort':
      return {
        title: `Cohort: ${cohortSize} ${cohortSize === 1 ? 'patient' : 'patients'}, aligned at the first CAR-T infusion`,
        cases: [],
      };
    default:
      return null;
  }
}

/** The height a slide's text is sized from, for the element's box (slideTextHeight); 0 before layout (jsdom). */
function useTextHeight(ref: RefObject<HTMLElement | null>): number {
  const [h, setH] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = () => setH(slideTextHeight(el.clientWidth, el.clientHeight));
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return h;
}

/**
 * The height a slide's charts may take: the frame's height less what the rest of the slide takes
 * (the picture's full height less its tallest chart), re-measured when either changes.
 */
function useChartRoom(
  picture: RefObject<HTMLElement | null>,
  frame: number | undefined,
  on: boolean,
): number | undefined {
  const [room, setRoom] = useState<number>();
  useLayoutEffect(() => {
    const el = picture.current;
    if (!on || !el || !frame || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const charts = [...el.querySelectorAll('.timeline__svg')].map(
        (svg) => svg.getBoundingClientRect().height,
      );
      if (charts.length === 0) return;
      const next = Math.floor(frame - (el.scrollHeight - Math.max(...charts)));
      setRoom((r) => (r !== undefined && Math.abs(r - next) < 2 ? r : next));
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    for (const child of el.children) ro.observe(child);
    return () => ro.disconnect();
  }, [picture, frame, on]);
  return room;
}

// A case slide's legend stands beside the chart (embed.css: 18em wide, 0.6em from it): a
// slide has width to spare and no height.
const SIDE_LEGEND_EM = 18.6;
const sideLegendWidth = (font: number) => Math.ceil(font * SIDE_LEGEND_EM);

// A still embed is a picture: keys must not zoom or pan it either (pointer input is off in CSS).
const swallowKeys = (e: KeyboardEvent) => e.stopPropagation();

/**
 * A chart alone, for an iframe in a slide deck or a web page: one case's timeline, a comparison or
 * the cohort swimmer plot, with no header, navigation or page text. It fills the frame at any size
 * and re-lays out when the frame changes; the link sets theme, legend, caption, font scale,
 * still or interactive, and the slide preset.
 */
export function Embed({ query, cases, part, cohort: given }: EmbedProps) {
  const parsed = useMemo(() => parseEmbedQuery(query), [query]);
  const { options, inner } = parsed;
  const content = useMemo(() => contentOf(parsed, cases), [parsed, cases]);
  const cohort = useMemo(
    () => (options.view === 'cohort' ? (given ?? buildCohort(cases)) : null),
    [options.view, cases, given],
  );
  const root = useRef<HTMLDivElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const picture = useRef<HTMLDivElement>(null);
  const [overlay, setOverlay] = useState<HTMLDivElement | null>(null);
  const slide = options.preset === 'slide';
  // A slide is laid out at the frame's real size with text sized for the room, never scaled.
  const fit = useFitStage(stage, picture, fontScale(options), slide);
  const textHeight = useTextHeight(root);
  const font = slideTextSize(textHeight || 540, options.font);
  // Room for the charts: the frame less everything else the slide shows (caption, pane headings,
  // the legend under a comparison), measured; the scene tightens its rows to fit, never its words.
  const room = useChartRoom(picture, fit.height, slide);
  const target: SceneTarget | undefined = slide
    ? { kind: 'slide', font, ...(room ? { height: room } : {}) }
    : undefined;
  const [noticeShown, setNoticeShown] = useState(true);
  const ignored = [...parsed.ignored, ...(content.kind === 'case' ? content.ignored : [])];
  const caption = captionOf(content, cohort?.rows.length ?? 0);
  const pageHref = permalink('./', {
    view: options.view,
    caseId: options.caseId ?? '',
    title: '',
    query: inner,
  });

  let chart: ReactNode;
  switch (content.kind) {
    case 'case':
      chart = (
        <EmbedCase
          load={content.load}
          inner={inner}
          width={fit.width - (slide && options.legend ? sideLegendWidth(font) : 0)}
          legend={options.legend}
          detailHost={options.still ? null : overlay}
          {...(target ? { target } : {})}
        />
      );
      break;
    case 'compare':
      chart = (
        <EmbedCompare
          cases={cases}
          inner={inner}
          width={fit.width}
          legend={options.legend}
          {...(target ? { target } : {})}
          {...(part ? { part } : {})}
        />
      );
      break;
    case 'cohort':
      chart = cohort && (
        <EmbedCohort
          cohort={cohort}
          inner={inner}
          legend={options.legend}
          {...(slide ? { font } : {})}
        />
      );
      break;
    default:
      chart = (
        <p className="embed__message" role="alert">
          {content.message}
        </p>
      );
  }

  const classes = [
    'embed',
    `embed--${options.view}`,
    options.still ? 'embed--still' : 'embed--interactive',
    options.legend ? '' : 'embed--no-legend',
    slide ? 'preset-slide' : '',
  ].filter(Boolean);
  // The slide's text size reaches the caption, legend and messages through one custom property.
  const style = slide ? ({ '--slide-font': `${font}px` } as CSSProperties) : undefined;
  return (
    <div className={classes.join(' ')} data-theme-name={options.theme} style={style} ref={root}>
      <div className="embed__frame">
        <div className="embed__stage" ref={stage}>
          <div
            className="embed__picture"
            ref={picture}
            style={
              slide
                ? { width: fit.width, height: fit.height || undefined }
                : { width: fit.width, transform: `scale(${fit.scale})` }
            }
            onKeyDownCapture={options.still ? swallowKeys : undefined}
          >
            {options.title && caption && (
              <EmbedCaption title={caption.title} cases={caption.cases} href={pageHref} />
            )}
            {/* A new link (the host changed the frame's address) starts the chart afresh. */}
            <ErrorBoundary key={query} what="the embedded chart">
              {chart}
            </ErrorBoundary>
          </div>
          <div className="embed__overlay" ref={setOverlay}>
            {noticeShown && <UrlNotice ignored={ignored} onDismiss={() => setNoticeShown(false)} />}
          </div>
        </div>
      </div>
    </div>
  );
}
