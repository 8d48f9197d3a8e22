import type { Locale } from '@shared/settings'
import { progressBar, titleSuffix, type ProgressBarMode, type TimerState } from '@shared/timer'

export interface WindowStatus {
  title: string
  progress: { value: number; mode: ProgressBarMode }
}

/**
 * The countdown the window should show when several profiles have one: the running key with the
 * least time left, else an expired key (the user still has to redo its step), else none.
 */
export function pressingState(states: Iterable<TimerState>): TimerState | undefined {
  let expired: TimerState | undefined
  let running: TimerState | undefined
  for (const state of states) {
    if (state.status === 'expired') expired ??= state
    if (state.status === 'running' && (!running || state.remainingMs < running.remainingMs)) {
      running = state
    }
  }
  return running ?? expired
}

/** Window title (the page's own title plus the minutes left) and taskbar/dock progress. */
export function windowStatus(
  states: Iterable<TimerState>,
  pageTitle: string,
  locale: Locale,
): WindowStatus {
  const shown = pressingState(states)
  if (!shown) return { title: pageTitle, progress: { value: -1, mode: 'none' } }
  return { title: pageTitle + titleSuffix(shown, locale), progress: progressBar(shown) }
}
