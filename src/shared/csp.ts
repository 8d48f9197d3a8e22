/**
 * The renderer's Content Security Policy. index.html carries it in a meta tag and the app protocol
 * sends it as a header; tests check both.
 */
const META_DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
]

/** In index.html's meta tag (frame-ancestors is ignored there, and Chromium says so in the console). */
export const CSP_META = META_DIRECTIVES.join('; ')
/** Sent as a header by the app protocol: the same policy plus frame-ancestors. */
export const CSP = [...META_DIRECTIVES, "frame-ancestors 'none'"].join('; ')

export const APP_SCHEME = 'app'
export const APP_HOST = 'bundle'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
