/** Props of RenderError. */
export interface RenderErrorProps {
  /** What failed, in the reader's words, e.g. "the legend". */
  what: string;
  /** The error's message. */
  message: string;
  /** Drawn in HTML (a paragraph) or inside an SVG (a text element). */
  as?: 'html' | 'svg';
  /** Vertical position of the SVG message, in the parent's user units. */
  y?: number;
}

/** The message ErrorBoundary shows in place of a part that failed to render. */
export function RenderError({ what, message, as = 'html', y = 0 }: RenderErrorProps) {
  const text = `Sorry, ${what} could not be shown (${message}). The rest of the page still works.`;
  if (as === 'svg')
    return (
      <g className="render-error" role="alert" data-render-error={what}>
        <text x={4} y={y + 16}>
          {text}
        </text>
      </g>
    );
  return (
    <p className="render-error" role="alert" data-render-error={what}>
      {text}
    </p>
  );
}
