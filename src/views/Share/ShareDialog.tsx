import { useId, useState, type ReactNode } from 'react';
import {
  DEFAULT_EMBED,
  FONT_MAX,
  FONT_MIN,
  fontScale,
  type EmbedOptions,
} from '../../app/embed/index.ts';
import {
  EMBED_SIZES,
  embedOptionsFor,
  embedUrl,
  frameTitle,
  iframeSnippet,
  permalink,
  type ShareTarget,
} from '../../app/embed/index.ts';
import { THEME_LABELS, THEMES, parseTheme, type Theme } from '../../app/theme/index.ts';

/** Props of ShareDialog. */
export interface ShareDialogProps {
  /** What is shared: the page's view and its current view query. */
  target: ShareTarget;
  /** The app's address without its hash, e.g. "https://example.org/caselines/". */
  base: string;
  /** The theme the embed starts in (the reader's current one). */
  theme: Theme;
  /** Closes the dialog. */
  onClose: () => void;
}

type Choices = Omit<EmbedOptions, 'view' | 'caseId'>;

// The preview shows the embed at its real size, scaled down to this width.
const PREVIEW_W = 440;

/** Copies text to the clipboard; where that is not allowed, selects the field for Ctrl+C. */
function useCopy(): [
  string | null,
  (what: string, text: string, field: HTMLElement | null) => void,
] {
  const [done, setDone] = useState<string | null>(null);
  const copy = (what: string, text: string, field: HTMLElement | null) => {
    const fallback = () => {
      if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) field.select();
      setDone(`Selected: press Ctrl+C (⌘C) to copy the ${what}.`);
    };
    if (!navigator.clipboard) return fallback();
    navigator.clipboard.writeText(text).then(() => setDone(`Copied the ${what}.`), fallback);
  };
  return [done, copy];
}

function Row({ label, id, children }: { label: string; id: string; children: ReactNode }) {
  return (
    <div className="share__row">
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}

/**
 * The content of the share dialog: the permalink, the embed options, a ready iframe snippet (with
 * an accessible title and a size), and a live preview of that embed.
 */
export function ShareDialog({ target, base, theme, onClose }: ShareDialogProps) {
  const id = useId();
  const [choices, setChoices] = useState<Choices>({ ...DEFAULT_EMBED, theme });
  const [size, setSize] = useState(0);
  const [copied, copy] = useCopy();
  const set = (next: Partial<Choices>) => setChoices((c) => ({ ...c, ...next }));
  const options = embedOptionsFor(target, choices);
  const link = permalink(base, target);
  const src = embedUrl(base, target, options);
  const frame = EMBED_SIZES[size] ?? EMBED_SIZES[0];
  const snippet = iframeSnippet(src, frameTitle(target), frame);
  const scale = PREVIEW_W / frame.width;
  const font = fontScale(options);
  const field = (name: string) => document.getElementById(`${id}-${name}`);

  return (
    <div className="share">
      <div className="share__head">
        <h2 id={`${id}-h`}>Share or embed</h2>
        <button type="button" className="share__close" onClick={onClose} aria-label="Close">
          ×
        </button>
      </div>
      <div className="share__body">
        <div className="share__settings">
          <Row label="Link to this view" id={`${id}-link`}>
            <div className="share__copy">
              <input id={`${id}-link`} type="text" readOnly value={link} />
              <button type="button" onClick={() => copy('link', link, field('link'))}>
                Copy link
              </button>
            </div>
          </Row>
          <fieldset className="share__options">
            <legend>Embed options</legend>
            <Row label="Theme" id={`${id}-theme`}>
              <select
                id={`${id}-theme`}
                value={choices.theme}
                onChange={(e) => set({ theme: parseTheme(e.target.value) ?? 'light' })}
              >
                {THEMES.map((t) => (
                  <option key={t} value={t}>
                    {THEME_LABELS[t]}
                  </option>
                ))}
              </select>
            </Row>
            <Row label="Frame size" id={`${id}-size`}>
              <select
                id={`${id}-size`}
                value={size}
                onChange={(e) => setSize(Number(e.target.value))}
              >
                {EMBED_SIZES.map((s, i) => (
                  <option key={s.width} value={i}>
                    {s.width} × {s.height}
                  </option>
                ))}
              </select>
            </Row>
            <Row label={`Text size: ${Math.round(font * 100)} %`} id={`${id}-font`}>
              <input
                id={`${id}-font`}
                type="range"
                min={FONT_MIN}
                max={FONT_MAX}
                step={0.1}
                value={font}
                onChange={(e) => set({ font: Number(e.target.value) })}
              />
            </Row>
            <label className="share__check">
              <input
                type="checkbox"
                checked={choices.legend}
                onChange={(e) => set({ legend: e.target.checked })}
              />
              Legend
            </label>
            <label className="share__check">
              <input
                type="checkbox"
                checked={choices.title}
                onChange={(e) => set({ title: e.target.checked })}
              />
              Title and source
            </label>
            <label className="share__check">
              <input
                type="checkbox"
                checked={choices.still}
                onChange={(e) => set({ still: e.target.checked })}
              />
              Still picture (no zoom, pan or click)
            </label>
            <label className="share__check">
              <input
                type="checkbox"
                checked={choices.preset === 'slide'}
                onChange={(e) => set({ preset: e.target.checked ? 'slide' : null, font: null })}
              />
              Presentation (16:9, large type, thick marks)
            </label>
          </fieldset>
          <Row label="Embed code" id={`${id}-snippet`}>
            <div className="share__copy">
              <textarea id={`${id}-snippet`} readOnly rows={4} value={snippet} />
              <button type="button" onClick={() => copy('embed code', snippet, field('snippet'))}>
                Copy code
              </button>
            </div>
          </Row>
          <p className="share__status" role="status">
            {copied}
          </p>
        </div>
        <figure className="share__preview">
          <div
            className="share__preview-box"
            style={{ width: PREVIEW_W, height: Math.round(frame.height * scale) }}
          >
            <iframe
              src={src}
              title={`Preview: ${frameTitle(target)}`}
              width={frame.width}
              height={frame.height}
              style={{ transform: `scale(${scale})` }}
              tabIndex={-1}
            />
          </div>
          <figcaption>
            Preview at {frame.width} × {frame.height}, shown at {Math.round(scale * 100)} %
          </figcaption>
        </figure>
      </div>
    </div>
  );
}
