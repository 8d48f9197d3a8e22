import type { FaultKind, FaultNotice } from '@shared/app-info'
import { errnoCode } from './file-errors'
import type { Clock, LogPort } from './ports'

/** The error's class name only: its message can hold paths or values the user typed. */
const nameOf = (error: unknown): string =>
  error instanceof Error ? error.name.slice(0, 60) : typeof error

/**
 * Faults of the main process that nothing caught (`uncaughtException`, `unhandledRejection`):
 * each is logged and shown, never silent. Windows that load later ask for the latest one.
 */
export class FaultReport {
  private latestNotice: FaultNotice | null = null
  private listener: ((notice: FaultNotice) => void) | undefined

  constructor(
    private readonly log: LogPort,
    private readonly clock: Clock,
  ) {}

  /** Where notices go once windows exist (main → renderer event). */
  connect(listener: (notice: FaultNotice) => void): void {
    this.listener = listener
  }

  report(kind: FaultKind, error: unknown): void {
    const notice: FaultNotice = {
      kind,
      at: this.clock.now(),
      count: (this.latestNotice?.count ?? 0) + 1,
    }
    this.latestNotice = notice
    try {
      this.log.error(`main.${kind}`, { name: nameOf(error), code: errnoCode(error) ?? null })
      this.listener?.(notice)
    } catch {
      // Reporting must never become a fault of its own.
    }
  }

  latest(): FaultNotice | null {
    return this.latestNotice
  }
}
