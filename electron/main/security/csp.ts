/**
 * The renderer's Content-Security-Policy: nothing from remote origins, no eval. Inline styles are
 * allowed because charts set style attributes; inline scripts are not.
 * renderer/index.html carries the same policy in a meta tag (a unit test keeps them equal), and
 * the browser host also sends it as a header.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "frame-src 'none'",
].join('; ');
