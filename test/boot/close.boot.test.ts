import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { recording, type FakeBrowserWindow } from './fake-electron'
import { freshAppData, bootMain, invoke, trustedEvent, waitFor } from './boot-helpers'

vi.mock('electron', () => import('./fake-electron'))

const rec = recording()
let window: FakeBrowserWindow

beforeAll(async () => {
  freshAppData('hwmp-boot-close-')
  window = await bootMain()
})

afterAll(() => rec.appEvents.removeAllListeners())

describe('built main process: nothing typed is lost on close', () => {
  it('holds the window’s close until the renderer answers the flush, then closes', async () => {
    const before = window.webContents.sent.length
    window.close()
    expect(window.destroyed).toBe(false)
    const request = window.webContents.sent
      .slice(before)
      .find((m) => m.channel === 'edits:flushRequest')
    expect(request?.payload).toEqual({ requestId: expect.any(Number) })
    await new Promise((r) => setTimeout(r, 300))
    expect(window.destroyed, 'still open while the renderer saves').toBe(false)
    const answer = await invoke(
      'edits:flushed',
      trustedEvent(window),
      (request?.payload as { requestId: number }).requestId,
    )
    expect(answer).toEqual({ ok: true })
    await waitFor(() => (window.destroyed ? true : undefined), 1000)
  })

  it(
    'closes a window whose renderer never answers after about 2 s',
    { timeout: 20_000 },
    async () => {
      const count = rec.windows.length
      rec.appEvents.emit('activate')
      const second = await waitFor(() => rec.windows[count])
      const started = Date.now()
      second.close()
      expect(second.webContents.sent.some((m) => m.channel === 'edits:flushRequest')).toBe(true)
      await new Promise((r) => setTimeout(r, 1500))
      expect(second.destroyed, 'held for the flush').toBe(false)
      // Closed in the end: how soon after the 2 s is the machine's business, not the test's.
      await waitFor(() => (second.destroyed ? true : undefined), 10_000)
      // A lower bound only: a loaded machine makes it later, never sooner.
      expect(Date.now() - started).toBeGreaterThanOrEqual(1900)
    },
  )
})
