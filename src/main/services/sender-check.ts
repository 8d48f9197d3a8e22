export type SenderCheck = (frameUrl: string | undefined, isMainFrame: boolean) => boolean

/** Accept only the top frame of our own page: the app origin, or the dev server in development. */
export function makeSenderCheck(allowedOrigins: readonly string[]): SenderCheck {
  return (frameUrl, isMainFrame) => {
    if (!isMainFrame || !frameUrl) return false
    try {
      // URL.origin is "null" for custom schemes such as app://, so compare scheme and host.
      const url = new URL(frameUrl)
      return allowedOrigins.includes(`${url.protocol}//${url.host}`)
    } catch {
      return false
    }
  }
}
