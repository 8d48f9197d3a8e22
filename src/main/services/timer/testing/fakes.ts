import type { TimerState } from '@shared/timer'
import type { Clock, KeyValueStore, LogPort } from '../../ports'
import {
  TimerService,
  type NotifierPort,
  type SchedulerPort,
  type TimerNotice,
  type TimerStoreData,
} from '../timer-service'

/**
 * Test doubles for the timer: one fake clock drives both `now()` and the fake scheduler, so a test
 * moves time with `advance` (timers fire on time) or `sleep` (the machine was suspended: the clock jumps
 * and the overdue timers run late, all at the wake-up instant, as they do after a resume).
 */
export class FakeTime implements Clock, SchedulerPort<number> {
  private current: number
  private nextId = 1
  private readonly pending = new Map<number, { at: number; fn: () => void }>()

  constructor(start: number) {
    this.current = start
  }

  now(): number {
    return this.current
  }

  setTimeout(fn: () => void, ms: number): number {
    const id = this.nextId++
    this.pending.set(id, { at: this.current + Math.max(0, ms), fn })
    return id
  }

  clearTimeout(handle: number): void {
    this.pending.delete(handle)
  }

  get pendingCount(): number {
    return this.pending.size
  }

  /** Moves time forward, running each timer at its due instant, in order. */
  advance(ms: number): void {
    const target = this.current + ms
    for (;;) {
      const next = this.earliest()
      if (next === undefined || next.at > target) break
      this.pending.delete(next.id)
      this.current = Math.max(this.current, next.at)
      next.fn()
    }
    this.current = target
  }

  /** Jumps the clock (forward or back) without running timers at their instant, then runs the overdue ones. */
  sleep(ms: number): void {
    this.current += ms
    for (;;) {
      const next = this.earliest()
      if (next === undefined || next.at > this.current) break
      this.pending.delete(next.id)
      next.fn()
    }
  }

  private earliest(): { id: number; at: number; fn: () => void } | undefined {
    let best: { id: number; at: number; fn: () => void } | undefined
    for (const [id, entry] of this.pending) {
      if (best === undefined || entry.at < best.at) best = { id, ...entry }
    }
    return best
  }
}

/** A log that keeps nothing, for tests that do not look at it. */
export const silentLog: LogPort = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
}

/** Round-trips values through JSON, as the real file-backed store does. */
export class MemoryStore implements KeyValueStore<TimerStoreData> {
  readonly data = new Map<string, string>()

  get<K extends keyof TimerStoreData>(key: K): TimerStoreData[K] | undefined {
    const raw = this.data.get(String(key))
    return raw === undefined ? undefined : (JSON.parse(raw) as TimerStoreData[K])
  }

  set<K extends keyof TimerStoreData>(key: K, value: TimerStoreData[K]): void {
    this.data.set(String(key), JSON.stringify(value))
  }
}

export interface Harness {
  service: TimerService<number>
  notices: TimerNotice[]
  emitted: TimerState[]
}

/** `log`, when given, also receives each notice with the clock time it was raised at. */
export function makeService(
  time: FakeTime,
  store: MemoryStore,
  log?: { notice: TimerNotice; at: number }[],
): Harness {
  const notices: TimerNotice[] = []
  const emitted: TimerState[] = []
  const notifier: NotifierPort = {
    notify: (notice) => {
      notices.push(notice)
      log?.push({ notice, at: time.now() })
    },
  }
  const service = new TimerService(time, store, notifier, (s) => emitted.push(s), time, silentLog)
  return { service, notices, emitted }
}
