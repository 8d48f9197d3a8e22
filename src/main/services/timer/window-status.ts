import type { Locale } from '@shared/settings'
import { progressBar, titleSuffix, type ProgressBarMode, type TimerState } from '@shared/timer'

export interface WindowStatus {
  title: string
  progress: { value: number; mode: ProgressBarMode }
}

/**
 * How long an expired key stays in the title bar: long enough to be seen from the taskbar, then
 * the title is the page's own again (the expiry notice and the app's screens keep telling it).
 */
export const EXPIRED_TITLE_MS = 60_000

/**
 * The countdown the window should show when several profiles have one: the running key with the
 * least time left, else a key that expired within the last minute, else none. Without `now`,
 * every expired key counts.
 */
export function pressingState(states: Iterable<TimerState>, now?: number): TimerState | undefined {
  let expired: TimerState | undefined
  let running: TimerState | undefined
  for (const state of states) {
    const recent =
      now === undefined || state.deadline === undefined || now < state.deadline + EXPIRED_TITLE_MS
    if (state.status === 'expired' && recent) expired ??= state
    if (state.status === 'running' && (!running || state.remainingMs < running.remainingMs)) {
      running = state
    }
  }
  return running ?? expired
}

/**
 * Window title (the page's own title plus the minutes left) and taskbar/dock progress. With several
 * establishments, `label` names whose key the minutes are.
 */
export function windowStatus(
  states: Iterable<TimerState>,
  pageTitle: string,
  locale: Locale,
  now?: number,
  label: (profileId: string) => string | null = () => null,
): WindowStatus {
  const shown = pressingState(states, now)
  if (!shown) return { title: pageTitle, progress: { value: -1, mode: 'none' } }
  const suffix = titleSuffix(shown, locale)
  const name = suffix === '' ? null : label(shown.profileId)
  const named =
    name === null
      ? suffix
      : suffix.replace(/^ — /, locale === 'ja' ? ` — ${name}：` : ` — ${name}: `)
  return { title: pageTitle + named, progress: progressBar(shown) }
}
