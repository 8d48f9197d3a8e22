import { jstDateOf, jstInstant, jstMinutesOf } from '@shared/dates'
import { AUTH_KEY_VALIDITY_MS } from '@shared/timer'

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * The instant of a mail's "HH:MM" (Japan time, as the portal's mail shows it) relative to `now`:
 * today in Japan, whatever the PC's time zone. Just after midnight, a time late yesterday evening
 * is still within the key's validity, so that one means yesterday. Anything else is left for main to
 * judge (future or too old). Seconds are unknown: counting from the whole minute errs on the early
 * side, so the countdown never promises more time than the key has.
 */
export function mailTimeToInstant(hhmm: string, now: number): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d(?:\.\d+)?)?$/.exec(hhmm.trim())
  if (!match) return null
  const today = jstInstant(jstDateOf(now), Number(match[1]), Number(match[2]))
  const yesterday = today - DAY_MS
  if (today > now && yesterday >= now - AUTH_KEY_VALIDITY_MS) return yesterday
  return today
}

/** "HH:MM" in Japan time, for showing a deadline. */
export function jstClockTime(instant: number): string {
  const minutes = jstMinutesOf(instant)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`
}
