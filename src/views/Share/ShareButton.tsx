import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { EmbedView } from '../../app/embed/index.ts';
import type { ShareTarget } from '../../app/embed/index.ts';
import { parseTheme } from '../../app/theme/index.ts';
import { hashQuery } from '../../app/url/index.ts';
import { ShareDialog } from './ShareDialog.tsx';

/** Props of ShareButton: the view the page shows. */
export interface ShareButtonProps {
  /** Which page: a case timeline, the comparison or the cohort. */
  view: EmbedView;
  /** The case's entry id (case pages). */
  caseId?: string;
  /** What the view shows, for the iframe's title: the case title, "A and B", "all cases". */
  title: string;
  /** The view query to share; read from the address when the dialog opens if absent (pages keep it there). */
  query?: string;
  /** The app's address without hash; the current page's when absent (stories may fix it). */
  base?: string;
}

const pageBase = () => window.location.href.replace(/#.*$/, '');

/**
 * "Share / embed": opens a modal dialog with the permalink, an iframe snippet for slides and web
 * pages, embed options and a live preview. Focus moves into the dialog, Escape closes it, and
 * focus returns to the button.
 */
export function ShareButton({ view, caseId, title, query, base }: ShareButtonProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const [target, setTarget] = useState<ShareTarget | null>(null);

  useEffect(() => {
    const d = dialog.current;
    if (!target || !d || d.open) return;
    // jsdom and very old browsers lack showModal: open it as a plain dialog there.
    if (typeof d.showModal === 'function') d.showModal();
    else d.setAttribute('open', '');
    // Start on the permalink: the first thing most readers came for.
    (d.querySelector<HTMLElement>('input') ?? d.querySelector<HTMLElement>('button'))?.focus();
  }, [target]);

  const open = () =>
    setTarget({
      view,
      title,
      query: query ?? hashQuery(window.location.hash),
      ...(caseId === undefined ? {} : { caseId }),
    });
  const close = () => {
    const d = dialog.current;
    if (d?.open) {
      if (typeof d.close === 'function') d.close();
      else d.removeAttribute('open');
    }
    setTarget(null);
    button.current?.focus();
  };
  // The native dialog closes itself on Escape (then fires "close"); where there is none, do it here.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
    }
  };
  return (
    <>
      <button
        type="button"
        className="share-button"
        ref={button}
        aria-haspopup="dialog"
        onClick={open}
      >
        Share / embed
      </button>
      <dialog
        ref={dialog}
        className="share-dialog"
        aria-label="Share or embed"
        onClose={() => target && close()}
        onKeyDown={onKeyDown}
      >
        {target && (
          <ShareDialog
            target={target}
            base={base ?? pageBase()}
            // Read when the dialog opens (the build renders the button with no document).
            theme={parseTheme(document.documentElement.dataset.theme) ?? 'light'}
            onClose={close}
          />
        )}
      </dialog>
    </>
  );
}
