import * as v from 'valibot'
import { DomainError } from '@shared/ipc/result'
import {
  AUTH_KEY_VALIDITY_MS,
  NOTIFY_POINTS,
  duePoints,
  minutesAnnouncement,
  progressFor,
  receivedAtProblem,
  remaining,
  stageFor,
  type NotifyPoint,
  type TimerState,
} from '@shared/timer'
import { ESTABLISHMENTS_MAX, PROFILE_ID_PATTERN } from '@shared/profiles'
import { errnoCode } from '../file-errors'
import type { Clock, KeyValueStore, LogPort } from '../ports'

const MINUTE = 60_000

/** What is kept per profile. The deadline is the truth; remaining time is always derived from it. */
const PersistedTimerSchema = v.object({
  status: v.picklist(['running', 'expired', 'done', 'cancelled']),
  startedAt: v.number(),
  deadline: v.number(),
  fired: v.array(v.picklist(NOTIFY_POINTS)),
})
export type PersistedTimer = v.InferOutput<typeof PersistedTimerSchema>

/**
 * One key per profile (`timer:<profileId>`) plus `timers`, the list of profiles that have one, so
 * restore() can find them. A colon, not a dot: conf reads dots as nested paths.
 */
export type TimerStoreData = { timers: string[] } & { [key: `timer:${string}`]: PersistedTimer }

const keyOf = (profileId: string): `timer:${string}` => `timer:${profileId}`

export interface TimerNotice {
  kind: 'threshold' | 'expired'
  profileId: string
  /** The point that fired: 10, 5 or 1 minutes left, or 0 for expiry. */
  threshold: NotifyPoint
  /** Whole minutes actually left (rounded up): equals `threshold` unless a sleep made the notice late. */
  minutesLeft: number
  /** Whose key it is, once the app keeps several establishments (added by the composition). */
  establishment?: string | null
}

export interface NotifierPort {
  notify(notice: TimerNotice): void
}

/** Timers behind a port so tests drive time without real timers. */
export interface SchedulerPort<H = unknown> {
  setTimeout(fn: () => void, ms: number): H
  clearTimeout(handle: H): void
}

/**
 * The auth-key countdown in main. It wakes at each minute boundary of the remaining time (which
 * includes every threshold and the deadline), fires due notifications and emits the state; the
 * renderer draws the seconds from the deadline on its own.
 */
export class TimerService<H = unknown> {
  private readonly wakeups = new Map<string, H>()
  /** What was last emitted per profile, so a regular resync tick does not flood the renderer. */
  private readonly lastEmitted = new Map<string, string>()
  /**
   * The file is read once per run and written through: the regular tick then costs no disk reads,
   * and a file damaged while the app runs cannot break the countdown.
   */
  private cache: { ids: string[]; records: Map<string, PersistedTimer> } | undefined

  constructor(
    private readonly clock: Clock,
    private readonly store: KeyValueStore<TimerStoreData>,
    private readonly notifier: NotifierPort,
    private readonly emit: (state: TimerState) => void,
    private readonly scheduler: SchedulerPort<H>,
    private readonly log: LogPort,
  ) {}

  /**
   * Starts (or restarts, when a new key was mailed) the countdown. `receivedAt` corrects the start
   * to the time on the mail. Points already past at the start are recorded as handled without a
   * notification: the user is looking at the countdown at that moment.
   */
  start(profileId: string, receivedAt?: number): TimerState {
    if (!PROFILE_ID_PATTERN.test(profileId)) {
      throw new DomainError('invalid-field', '0.profileId', 'not a profile id')
    }
    const known = this.loaded()
    if (!known.records.has(profileId) && known.ids.length >= ESTABLISHMENTS_MAX) {
      // Room for one live countdown per establishment the app keeps; more is a runaway caller. A
      // finished one (done, or cancelled when its establishment was removed) gives up its place.
      if (!this.dropFinished()) {
        throw new DomainError('conflict', '0.profileId', 'too many countdowns')
      }
    }
    const now = this.clock.now()
    if (receivedAt !== undefined) {
      const problem = receivedAtProblem(receivedAt, now)
      if (problem !== null) {
        throw new DomainError('invalid-field', '0.receivedAt', `receivedAt is ${problem}`)
      }
    }
    const startedAt = receivedAt ?? now
    const deadline = startedAt + AUTH_KEY_VALIDITY_MS
    const left = remaining(deadline, now)
    this.write(profileId, {
      status: left === 0 ? 'expired' : 'running',
      startedAt,
      deadline,
      fired: duePoints(left),
    })
    return this.sync(profileId, true)
  }

  state(profileId: string): TimerState {
    return this.toState(profileId, this.read(profileId), this.clock.now())
  }

  /** Every countdown this app keeps (one per establishment that has one), as of now. */
  states(): TimerState[] {
    const now = this.clock.now()
    return this.loaded().ids.map((id) => this.toState(id, this.read(id), now))
  }

  progress(profileId: string): number {
    return progressFor(this.state(profileId))
  }

  /** The user entered the key in time (or says so: the 50-minute figure is not verified). */
  complete(profileId: string): TimerState {
    const record = this.read(profileId)
    if (record === undefined)
      throw new DomainError('not-found', '0', 'no countdown for this profile')
    if (record.status === 'cancelled')
      throw new DomainError('conflict', '0', 'countdown was cancelled')
    if (record.status !== 'done') this.write(profileId, { ...record, status: 'done' })
    return this.sync(profileId, true)
  }

  /** Stops the countdown; idempotent, and a finished (done) countdown stays done. */
  cancel(profileId: string): TimerState {
    const record = this.read(profileId)
    if (record === undefined) return this.state(profileId)
    if (record.status === 'running' || record.status === 'expired') {
      this.write(profileId, { ...record, status: 'cancelled' })
    }
    return this.sync(profileId, true)
  }

  /** On app start: re-arms every running countdown from its persisted deadline. */
  restore(): TimerState[] {
    return this.resync()
  }

  /**
   * Catches up with the clock: on powerMonitor resume (timers may have slept through thresholds) and on
   * a regular tick. Fires at most the latest missed notification per profile and re-arms the wake-ups.
   */
  resync(): TimerState[] {
    const states: TimerState[] = []
    for (const id of this.loaded().ids) {
      try {
        states.push(this.sync(id, false))
      } catch (error) {
        this.log.error('timer.sync-failed', { code: errnoCode(error) ?? null })
      }
    }
    return states
  }

  /** On quit: drop pending wake-ups (the deadlines stay persisted). */
  dispose(): void {
    for (const handle of this.wakeups.values()) this.scheduler.clearTimeout(handle)
    this.wakeups.clear()
  }

  /**
   * Brings one profile up to date with the clock: records the due points, notifies the latest one not
   * yet handled, marks expiry, schedules the next wake-up and emits if anything visible changed.
   */
  private sync(profileId: string, forceEmit: boolean): TimerState {
    const now = this.clock.now()
    let record = this.read(profileId)
    let notice: TimerNotice | null = null

    if (record?.status === 'running') {
      const left = remaining(record.deadline, now)
      const due = duePoints(left)
      const missed = due.filter((point) => !record?.fired.includes(point))
      const latest = missed.at(-1)
      if (latest !== undefined || left === 0) {
        record = {
          ...record,
          status: left === 0 ? 'expired' : 'running',
          fired: NOTIFY_POINTS.filter((p) => due.includes(p) || record?.fired.includes(p)),
        }
        // Persist before notifying: after a crash in between, a notice is lost rather than repeated.
        this.write(profileId, record)
      }
      if (latest !== undefined) {
        notice = {
          kind: latest === 0 ? 'expired' : 'threshold',
          profileId,
          threshold: latest,
          minutesLeft: minutesAnnouncement(left),
        }
      }
    }

    this.schedule(profileId, record, now)
    if (notice !== null) this.notifier.notify(notice)
    const state = this.toState(profileId, record, now)
    this.emitIfChanged(state, forceEmit)
    return state
  }

  private schedule(profileId: string, record: PersistedTimer | undefined, now: number): void {
    const previous = this.wakeups.get(profileId)
    if (previous !== undefined) {
      this.scheduler.clearTimeout(previous)
      this.wakeups.delete(profileId)
    }
    if (record?.status !== 'running') return
    const left = remaining(record.deadline, now)
    // The next instant the whole-minute figure changes; thresholds and the deadline are among them.
    const nextBoundary = (Math.ceil(left / MINUTE) - 1) * MINUTE
    const delay = Math.max(1, left - nextBoundary)
    const handle = this.scheduler.setTimeout(() => {
      this.wakeups.delete(profileId)
      try {
        this.sync(profileId, false)
      } catch (error) {
        // A wake-up runs on a bare timer: nothing above it would catch this.
        this.log.error('timer.wakeup-failed', { code: errnoCode(error) ?? null })
      }
    }, delay)
    this.wakeups.set(profileId, handle)
  }

  private emitIfChanged(state: TimerState, force: boolean): void {
    const signature = [
      state.status,
      state.deadline,
      minutesAnnouncement(state.remainingMs),
      state.firedThresholds.join(','),
    ].join('|')
    if (!force && this.lastEmitted.get(state.profileId) === signature) return
    this.lastEmitted.set(state.profileId, signature)
    this.emit(state)
  }

  private toState(profileId: string, record: PersistedTimer | undefined, now: number): TimerState {
    if (record === undefined) {
      return { profileId, status: 'idle', remainingMs: 0, stage: 'idle', firedThresholds: [] }
    }
    const base = {
      profileId,
      startedAt: record.startedAt,
      deadline: record.deadline,
      firedThresholds: [...record.fired],
    }
    if (record.status === 'running' || record.status === 'expired') {
      const left = record.status === 'running' ? remaining(record.deadline, now) : 0
      // Derived, not only persisted: the state reads expired exactly at the deadline, wake-up or not.
      return {
        ...base,
        status: left === 0 ? 'expired' : 'running',
        remainingMs: left,
        stage: stageFor(left),
      }
    }
    return { ...base, status: record.status, remainingMs: 0, stage: 'idle' }
  }

  /** The ids and records of the file, read once (and only valid ids, at most the cap). */
  private loaded(): { ids: string[]; records: Map<string, PersistedTimer> } {
    if (this.cache) return this.cache
    const cache = { ids: [] as string[], records: new Map<string, PersistedTimer>() }
    this.cache = cache
    let listed: unknown
    try {
      listed = this.store.get('timers')
    } catch (error) {
      this.log.warn('timer.file-unreadable', { code: errnoCode(error) ?? null })
      return cache
    }
    const ids = Array.isArray(listed)
      ? listed.filter((id): id is string => typeof id === 'string' && PROFILE_ID_PATTERN.test(id))
      : []
    for (const id of new Set(ids)) {
      if (cache.ids.length >= ESTABLISHMENTS_MAX) break
      try {
        // A record we cannot read (hand-edited file, older version) counts as no countdown.
        const parsed = v.safeParse(PersistedTimerSchema, this.store.get(keyOf(id)))
        if (!parsed.success) continue
        cache.records.set(id, parsed.output)
        cache.ids.push(id)
      } catch (error) {
        this.log.warn('timer.record-unreadable', { code: errnoCode(error) ?? null })
      }
    }
    return cache
  }

  /**
   * Takes the oldest finished countdown (cancelled first, then done) off the list, so the list
   * holds the live ones of a long-used app. Its record stays in the file, no longer listed.
   */
  private dropFinished(): boolean {
    const cache = this.loaded()
    const oldest = (status: PersistedTimer['status']) =>
      cache.ids.find((id) => cache.records.get(id)?.status === status)
    const id = oldest('cancelled') ?? oldest('done')
    if (id === undefined) return false
    cache.ids = cache.ids.filter((other) => other !== id)
    cache.records.delete(id)
    this.lastEmitted.delete(id)
    try {
      this.store.set('timers', [...cache.ids])
    } catch (error) {
      this.log.warn('timer.save-failed', { code: errnoCode(error) ?? null })
    }
    return true
  }

  private read(profileId: string): PersistedTimer | undefined {
    return this.loaded().records.get(profileId)
  }

  /**
   * Memory first, then the file. A file that cannot be written (a full disk) is logged, not
   * thrown: the countdown and its notices go on, and the mark holds for this run.
   */
  private write(profileId: string, record: PersistedTimer): void {
    const cache = this.loaded()
    const added = !cache.records.has(profileId)
    cache.records.set(profileId, record)
    if (added) cache.ids.push(profileId)
    try {
      this.store.set(keyOf(profileId), record)
      if (added) this.store.set('timers', [...cache.ids])
    } catch (error) {
      this.log.warn('timer.save-failed', { code: errnoCode(error) ?? null })
    }
  }
}
