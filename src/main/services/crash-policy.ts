import type { Clock } from './ports'

/** A window that goes down twice within this time is not reloaded again: it would only loop. */
export const CRASH_WINDOW_MS = 60_000

export type CrashDecision = 'reload' | 'give-up'

/**
 * When a window's page crashes or hangs: reload it once; a second time within a minute, stop and
 * let the user decide (the message names the log folder).
 */
export class CrashPolicy {
  private readonly last = new Map<string, number>()

  constructor(
    private readonly clock: Clock,
    private readonly windowMs = CRASH_WINDOW_MS,
  ) {}

  decide(window: string): CrashDecision {
    const now = this.clock.now()
    const previous = this.last.get(window)
    this.last.set(window, now)
    return previous !== undefined && now - previous < this.windowMs ? 'give-up' : 'reload'
  }

  /** The user asked to try again: the next crash counts as a first one. */
  reset(window: string): void {
    this.last.delete(window)
  }
}
