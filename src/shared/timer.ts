import * as v from 'valibot'
import { ProfileIdSchema } from './profiles'
import type { Locale } from './settings'

/**
 * How long the auth key (認証キー) mailed by the employer My Page stays valid. Kept as data with its
 * source so it can be corrected in one place if the portal changes it.
 */
export const AUTH_KEY_VALIDITY = {
  minutes: 50,
  source: 'The project guide (求人者マイページ開設の手順): 認証キーの有効期限は50分',
  /** Only the guide states this figure; it has not been checked against the portal or another source. */
  verified: false,
} as const

export const AUTH_KEY_VALIDITY_MS = AUTH_KEY_VALIDITY.minutes * 60_000

const MINUTE = 60_000

/** Minutes left at which the user is notified, latest last. Expiry is the extra point `0`. */
export const THRESHOLD_MINUTES = [10, 5, 1] as const
export const EXPIRY_POINT = 0
/** Every notification point in the order they come due. */
export const NOTIFY_POINTS = [...THRESHOLD_MINUTES, EXPIRY_POINT] as const
export type NotifyPoint = (typeof NOTIFY_POINTS)[number]

export type TimerStatus = 'idle' | 'running' | 'expired' | 'done' | 'cancelled'

/**
 * How pressing the remaining time is, for colour and wording (never conveyed by colour alone):
 * - `calm`    more than 10 minutes left
 * - `soon`    10 minutes or less, more than 5
 * - `urgent`  5 minutes or less, still valid (includes the last minute)
 * - `expired` nothing left: the key is no longer valid
 * - `idle`    no countdown: never started, done or cancelled
 * A boundary belongs to the later stage, so `soon` starts exactly when the 10-minute notice is due.
 */
export type TimerStage = 'calm' | 'soon' | 'urgent' | 'expired' | 'idle'
export const SOON_AT_MS = 10 * MINUTE
export const URGENT_AT_MS = 5 * MINUTE

export interface TimerState {
  profileId: string
  status: TimerStatus
  /** When the key's validity began: the mail's time if the user corrected it, else when start was pressed. */
  startedAt?: number
  deadline?: number
  /** Computed from the deadline and the clock when the state was taken; 0 unless running. */
  remainingMs: number
  stage: TimerStage
  /**
   * Notification points already handled (notified, or passed over because a later one was due at the
   * same time, or already past when the countdown started). A point listed here never fires again.
   */
  firedThresholds: NotifyPoint[]
}

export const idleState = (profileId: string): TimerState => ({
  profileId,
  status: 'idle',
  remainingMs: 0,
  stage: 'idle',
  firedThresholds: [],
})

/** Milliseconds left until the deadline, never negative. Exactly 0 at the deadline, not before. */
export function remaining(deadline: number, now: number): number {
  return Math.max(0, deadline - now)
}

export function stageFor(remainingMs: number): TimerStage {
  if (!(remainingMs > 0)) return 'expired'
  if (remainingMs <= URGENT_AT_MS) return 'urgent'
  if (remainingMs <= SOON_AT_MS) return 'soon'
  return 'calm'
}

const wholeSeconds = (ms: number): number =>
  Number.isFinite(ms) && ms > 0 ? Math.ceil(ms / 1000) : 0

/**
 * `mm:ss`, rounded up to whole seconds: 1 ms before the deadline shows `00:01`, and `00:00` appears only
 * at the deadline, when the key has really expired. A full run starts at `50:00`.
 */
export function formatRemaining(ms: number): string {
  const seconds = wholeSeconds(ms)
  const mm = String(Math.floor(seconds / 60)).padStart(2, '0')
  const ss = String(seconds % 60).padStart(2, '0')
  return `${mm}:${ss}`
}

/**
 * The whole minutes a screen reader should announce ("残り N 分"), rounded up like the display: it
 * changes once a minute, exactly when the display reaches `mm:00`, equals each threshold when its
 * notification fires, and is 0 only at the deadline (never "0 minutes left" while the key still works).
 */
export function minutesAnnouncement(ms: number): number {
  return Math.ceil(wholeSeconds(ms) / 60)
}

/** Notification points due at `remainingMs` (the deadline counts as due when nothing is left). */
export function duePoints(remainingMs: number): NotifyPoint[] {
  return NOTIFY_POINTS.filter((point) => remainingMs <= point * MINUTE)
}

/** Elapsed share of the validity, 0..1, for the taskbar/dock progress bar. */
export function progressFor(state: TimerState): number {
  if (state.status === 'expired') return 1
  if (state.status !== 'running' || state.startedAt === undefined || state.deadline === undefined) {
    return 0
  }
  const span = state.deadline - state.startedAt
  if (!(span > 0)) return 1
  return Math.min(1, Math.max(0, 1 - state.remainingMs / span))
}

/** Mirrors Electron's `ProgressBarOptions.mode`, so the adapter passes it through unchanged. */
export type ProgressBarMode = 'none' | 'normal' | 'paused' | 'error'

/**
 * What the taskbar/dock bar should show. `value < 0` removes the bar (Electron's convention). On
 * Windows `paused` is yellow and `error` red; the window title carries the same news in words.
 */
export function progressBar(state: TimerState): { value: number; mode: ProgressBarMode } {
  switch (state.status === 'running' ? state.stage : state.status) {
    case 'calm':
      return { value: progressFor(state), mode: 'normal' }
    case 'soon':
      return { value: progressFor(state), mode: 'paused' }
    case 'urgent':
    case 'expired':
      return { value: progressFor(state), mode: 'error' }
    default:
      return { value: -1, mode: 'none' }
  }
}

/**
 * Appended to the window title so the countdown is visible from the taskbar. Minutes only: main
 * re-emits the state each minute, while the renderer draws the seconds itself.
 */
export function titleSuffix(state: TimerState, locale: Locale): string {
  if (state.status === 'expired') {
    return locale === 'ja' ? ' — 認証キー期限切れ' : ' — auth key expired'
  }
  if (state.status !== 'running') return ''
  const minutes = minutesAnnouncement(state.remainingMs)
  return locale === 'ja' ? ` — 認証キー残り${minutes}分` : ` — auth key: ${minutes} min left`
}

export type ReceivedAtProblem = 'future' | 'too-old'

/**
 * Checks the optional correction (the time printed on the received mail). A time in the future cannot
 * be right; one more than the validity in the past means the key has already expired. Exactly 50
 * minutes ago is accepted: the countdown then starts expired.
 */
export function receivedAtProblem(receivedAt: number, now: number): ReceivedAtProblem | null {
  if (receivedAt > now) return 'future'
  if (receivedAt < now - AUTH_KEY_VALIDITY_MS) return 'too-old'
  return null
}

/** Epoch milliseconds: a whole, positive, safe number. The range against the clock is checked in main. */
export const EpochMsSchema = v.pipe(v.number(), v.safeInteger(), v.minValue(0))

export const StartTimerInputSchema = v.strictObject({
  profileId: ProfileIdSchema,
  receivedAt: v.optional(EpochMsSchema),
})

/** IPC argument tuples: `timer:start` takes one object; the others take the profile id. */
export const timerStartArgs = v.strictTuple([StartTimerInputSchema])
export const timerProfileArgs = v.strictTuple([ProfileIdSchema])
