import { useId, useLayoutEffect, useRef, useState } from 'react';
import { SHOW_SUMMARY } from './caseWords.ts';

/** Props of CaseSummary. */
export interface CaseSummaryProps {
  /** The case's summary as curated. */
  text: string;
}

/**
 * The case summary, clamped to two lines so the chart starts high on the screen, with a button to
 * show it all. The whole text stays in the page (screen readers and print read all of it); the
 * button appears only when the clamp actually hides something.
 */
export function CaseSummary({ text }: CaseSummaryProps) {
  const id = useId();
  const para = useRef<HTMLParagraphElement>(null);
  const [open, setOpen] = useState(false);
  const [cut, setCut] = useState(false);
  useLayoutEffect(() => {
    const el = para.current;
    if (!el || open) return;
    const measure = () => setCut(el.scrollHeight > el.clientHeight + 1);
    measure();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [open, text]);
  return (
    <div className="case__summary-box">
      <p
        id={id}
        ref={para}
        className={open ? 'case__summary' : 'case__summary case__summary--clamped'}
      >
        {text}
      </p>
      {(cut || open) && (
        <button
          type="button"
          className="link-button case__more"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen(!open)}
        >
          {open ? 'Show less' : SHOW_SUMMARY}
        </button>
      )}
    </div>
  );
}
