import type { BrowserWindow, WebContents } from 'electron'
import { channelName } from '@shared/ipc/channels'
import type { FlushCoordinator, FlushOutcome } from '../services/edits/flush-coordinator'

/** Asks one window's renderer to save now and waits for its answer (or the coordinator's timeout). */
export function flushWindow(
  flushes: FlushCoordinator,
  contents: WebContents,
): Promise<FlushOutcome> {
  return flushes.request((requestId) => {
    if (contents.isDestroyed()) return false
    contents.send(channelName('edits', 'flushRequest'), { requestId })
    return true
  })
}

/**
 * Holds the window's `close` until its renderer has saved what was typed (or the flush timed out),
 * then closes it whatever the answer. `skip()` lets a close through at once (the app is quitting
 * and every window has already been flushed).
 */
export function holdCloseUntilFlushed(
  window: BrowserWindow,
  flush: (contents: WebContents) => Promise<unknown>,
  skip: () => boolean = () => false,
): void {
  let released = false
  let flushing = false
  window.on('close', (event) => {
    if (released || skip()) return
    event.preventDefault()
    if (flushing) return
    flushing = true
    void flush(window.webContents)
      .catch(() => undefined)
      .finally(() => {
        released = true
        if (!window.isDestroyed()) window.close()
      })
  })
}
