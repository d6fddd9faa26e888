/** Props of UrlNotice. */
export interface UrlNoticeProps {
  /** Names of the link's view parameters that were set aside; nothing is shown when empty. */
  ignored: readonly string[];
  /** Hides the notice. */
  onDismiss: () => void;
}

/** Tells the reader that parts of the link they followed were not used, and that defaults show instead. */
export function UrlNotice({ ignored, onDismiss }: UrlNoticeProps) {
  if (ignored.length === 0) return null;
  return (
    <div className="url-notice" role="status">
      <p>
        Part of this link could not be used (
        {ignored.map((n, i) => (
          <span key={n}>
            {i > 0 && ', '}
            <code>{n === '' ? '(empty name)' : n}</code>
          </span>
        ))}
        ): it was changed, damaged, or names something this case does not have. The default view is
        shown for those parts.
      </p>
      <button type="button" className="plain-button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
