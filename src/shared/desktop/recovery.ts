/**
 * After a crash or hang main reloads the window once, with `?recovered=<why>` in the address (the
 * screen's `#/…` kept), so the page can say what happened. The page removes the mark at once, so a
 * later manual reload does not repeat the message.
 */
export const RECOVERY_REASONS = ['crashed', 'unresponsive'] as const
export type RecoveryReason = (typeof RECOVERY_REASONS)[number]

const PARAM = 'recovered'

/** The address to reload: the page's own (same screen), or `fallback` when it has none. */
export function recoveryUrl(current: string, fallback: string, reason: RecoveryReason): string {
  const source = current === '' ? fallback : current
  const hashAt = source.indexOf('#')
  const hash = hashAt >= 0 ? source.slice(hashAt) : ''
  const beforeHash = hashAt >= 0 ? source.slice(0, hashAt) : source
  const queryAt = beforeHash.indexOf('?')
  const base = queryAt >= 0 ? beforeHash.slice(0, queryAt) : beforeHash
  return `${base}?${PARAM}=${reason}${hash}`
}

/** The reason in a page's `location.search`, if main put one there. */
export function readRecovery(search: string): RecoveryReason | null {
  const value = new URLSearchParams(search).get(PARAM)
  return RECOVERY_REASONS.find((r) => r === value) ?? null
}
