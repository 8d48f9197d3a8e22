import { FLUSH_TIMEOUT_MS } from '@shared/edits'
import type { SchedulerPort } from '../timer/timer-service'

export type FlushOutcome = 'flushed' | 'timeout' | 'gone'

/**
 * Main's side of "save before closing": asks a window to flush and waits for its answer, at most
 * `timeoutMs`, so a hung or crashed renderer never keeps the window (or the app) from closing.
 */
export class FlushCoordinator<H = unknown> {
  private nextId = 1
  private readonly waiting = new Map<number, () => void>()

  constructor(
    private readonly scheduler: SchedulerPort<H>,
    private readonly timeoutMs = FLUSH_TIMEOUT_MS,
  ) {}

  /** `send` delivers the request id to the window; false when the window is already gone. */
  request(send: (requestId: number) => boolean): Promise<FlushOutcome> {
    const requestId = this.nextId++
    return new Promise<FlushOutcome>((resolve) => {
      const timer = this.scheduler.setTimeout(() => {
        this.waiting.delete(requestId)
        resolve('timeout')
      }, this.timeoutMs)
      this.waiting.set(requestId, () => {
        this.scheduler.clearTimeout(timer)
        resolve('flushed')
      })
      let sent: boolean
      try {
        sent = send(requestId)
      } catch {
        sent = false
      }
      if (!sent) {
        this.scheduler.clearTimeout(timer)
        this.waiting.delete(requestId)
        resolve('gone')
      }
    })
  }

  /** The window's answer (`edits:flushed`); an unknown or late id changes nothing. */
  answered(requestId: number): void {
    const done = this.waiting.get(requestId)
    this.waiting.delete(requestId)
    done?.()
  }
}
