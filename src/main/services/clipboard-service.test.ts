import { describe, expect, it } from 'vitest'
import { ClipboardService } from './clipboard-service'
import type { ClipboardPort } from './ports'

function fakeClipboard(initial = '') {
  const port: ClipboardPort & { text: string } = {
    text: initial,
    readText: async () => port.text,
    writeText: async (text) => {
      port.text = text
    },
  }
  return port
}

describe('ClipboardService', () => {
  it('writes exactly what was asked', async () => {
    const clipboard = fakeClipboard('user text')
    await new ClipboardService(clipboard).copy('1234-567890-1')
    expect(clipboard.text).toBe('1234-567890-1')
  })

  it('clears on quit when the clipboard still holds our last copy', async () => {
    const clipboard = fakeClipboard()
    const service = new ClipboardService(clipboard)
    await service.copy('first')
    await service.copy('second')
    expect(await service.clearIfUnchanged()).toBe(true)
    expect(clipboard.text).toBe('')
  })

  it('leaves the user’s own text alone', async () => {
    const clipboard = fakeClipboard()
    const service = new ClipboardService(clipboard)
    await service.copy('ours')
    clipboard.text = 'the user copied this later'
    expect(await service.clearIfUnchanged()).toBe(false)
    expect(clipboard.text).toBe('the user copied this later')
  })

  it('does nothing when the app never copied', async () => {
    const clipboard = fakeClipboard('theirs')
    expect(await new ClipboardService(clipboard).clearIfUnchanged()).toBe(false)
    expect(clipboard.text).toBe('theirs')
  })
})
