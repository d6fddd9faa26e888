/** Props of LoadStatus. */
export interface LoadStatusProps {
  /** 'loading' while files arrive; 'failed' when the library itself could not be read. */
  status: 'loading' | 'failed';
  /** Why the load failed. */
  message?: string;
}

/** What the page says while the library loads, or when it could not be read at all. */
export function LoadStatus({ status, message }: LoadStatusProps) {
  if (status === 'loading') {
    return (
      <p className="load-status" role="status">
        Loading the case library…
      </p>
    );
  }
  return (
    <div className="load-status load-status--failed" role="alert">
      <p>The case library could not be loaded.</p>
      {message && <p className="load-status__message">{message}</p>}
    </div>
  );
}
