// The Content-Security-Policy of the production build. One definition, used by vite.config.ts (as a
// <meta> tag in dist/index.html), by the browser tests (also sent as a header) and described in
// docs/hosting.md. Scripts and styles come only from the app's own files: no inline script, no
// eval, no inline <style>; React and D3 set styles through the CSSOM, which CSP does not block.

/** Directives a <meta> tag can carry. */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  // The share dialog previews the embed view of this same site in an iframe.
  ['frame-src', "'self'"],
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
];

/** The policy as the build's <meta http-equiv="Content-Security-Policy"> states it. */
export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.map(([k, v]) => `${k} ${v}`).join('; ');

/**
 * The policy a host should send as an HTTP header: the meta policy plus frame-ancestors, which
 * only works as a header. `ancestors` are the origins allowed to frame the app ("'self'" by default,
 * for the share dialog's preview; add the slide tools' origins for a host that serves the embed view).
 */
export function headerPolicy(ancestors = "'self'"): string {
  return `${CONTENT_SECURITY_POLICY}; frame-ancestors ${ancestors}`;
}
