import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { recording, type FakeBrowserWindow } from './fake-electron'
import { freshAppData, bootMain } from './boot-helpers'

vi.mock('electron', () => import('./fake-electron'))

const rec = recording()
let window: FakeBrowserWindow

beforeAll(async () => {
  freshAppData('hwmp-boot-packaged-')
  rec.packaged = true
  window = await bootMain()
})

afterAll(() => rec.appEvents.removeAllListeners())

describe('built main process, packaged', () => {
  it('opens windows without DevTools (Ctrl+Shift+I must not reach window.api)', () => {
    const web = window.options['webPreferences'] as Record<string, unknown>
    expect(web['devTools']).toBe(false)
    expect(web['sandbox']).toBe(true)
  })
})
