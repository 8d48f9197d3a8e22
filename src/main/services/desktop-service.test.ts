import { describe, expect, it } from 'vitest'
import { DEFAULT_SHORTCUTS, SHORTCUT_CANDIDATES } from '@shared/desktop/shortcuts'
import type { DesktopView } from '@shared/desktop/view'
import { DesktopService } from './desktop-service'
import type { KeyValueStore } from './ports'
import { SettingsService, type SettingsData } from './settings-service'
import { fakeDesktopPorts, MemoryLog } from './testing/desktop'
import type { ShortcutAction } from '@shared/desktop/shortcuts'

function setup(stored: Partial<Record<keyof SettingsData, unknown>> = {}) {
  const data: Record<string, unknown> = { ...stored }
  const store: KeyValueStore<SettingsData> = {
    get: (key) => data[key] as never,
    set: (key, value) => void (data[key] = value),
  }
  const pressed: ShortcutAction[] = []
  const ports = fakeDesktopPorts(pressed)
  const views: DesktopView[] = []
  const log = new MemoryLog()
  const desktop = new DesktopService({
    ...ports,
    settings: new SettingsService(store),
    onChange: (view) => views.push(view),
    log,
  })
  return { desktop, ports, pressed, views, data, log }
}

describe('text size', () => {
  it('applies and keeps the size; the zoom items step it; an unknown value reads as 100 %', () => {
    const { desktop, ports, data, views } = setup({ textSize: 175 })
    expect(desktop.view().textSize).toBe(100)
    expect(data['textSize']).toBe(175)
    desktop.setTextSize(125)
    expect(ports.zoom.factors).toEqual([1.25])
    expect(desktop.stepTextSize('in').textSize).toBe(150)
    expect(desktop.stepTextSize('in').textSize).toBe(150)
    expect(desktop.stepTextSize('reset').textSize).toBe(100)
    expect(ports.zoom.factors).toEqual([1.25, 1.5, 1.5, 1])
    expect(views.at(-1)?.textSize).toBe(100)
    expect(data['textSize']).toBe(100)
  })
})

describe('the copy panel shortcuts', () => {
  it('holds them only while a window shows a copy panel, and releases them after', () => {
    const { desktop, ports, pressed } = setup()
    const keys = ports.globalShortcuts
    expect(keys.held.size).toBe(0)
    desktop.shortcuts.panelShown('main', true)
    desktop.shortcuts.panelShown('compact', true)
    expect([...keys.held.keys()]).toEqual(Object.values(DEFAULT_SHORTCUTS))
    expect(desktop.view().shortcuts.next).toEqual({
      accelerator: DEFAULT_SHORTCUTS.next,
      status: 'registered',
      alternative: null,
    })
    expect(keys.press(DEFAULT_SHORTCUTS.next)).toBe(true)
    expect(keys.press(DEFAULT_SHORTCUTS.back)).toBe(true)
    expect(pressed).toEqual(['next', 'back'])
    // One window still shows it: still held.
    desktop.shortcuts.panelShown('main', false)
    expect(keys.held.size).toBe(3)
    desktop.shortcuts.panelShown('compact', false)
    expect(keys.held.size).toBe(0)
    expect(desktop.view().shortcuts.next.status).toBe('inactive')
  })

  it('reports a shortcut another app holds and offers a free one', () => {
    const { desktop, ports, log } = setup()
    ports.globalShortcuts.taken.add(DEFAULT_SHORTCUTS.next)
    ports.globalShortcuts.taken.add(SHORTCUT_CANDIDATES.next[1] ?? '')
    desktop.shortcuts.panelShown('compact', true)
    expect(desktop.view().shortcuts.next).toEqual({
      accelerator: DEFAULT_SHORTCUTS.next,
      status: 'failed',
      alternative: SHORTCUT_CANDIDATES.next[2],
    })
    // The probe gave the alternative back at once.
    expect(ports.globalShortcuts.held.has(SHORTCUT_CANDIDATES.next[2] ?? '')).toBe(false)
    expect(log.lines).toEqual([
      { level: 'warn', event: 'shortcut.unavailable', fields: { action: 'next' } },
    ])
    // Taking the offer re-registers at once.
    const view = desktop.setShortcut('next', SHORTCUT_CANDIDATES.next[2] ?? '')
    expect(view.shortcuts.next.status).toBe('registered')
    expect(ports.globalShortcuts.held.has(SHORTCUT_CANDIDATES.next[2] ?? '')).toBe(true)
  })

  it('refuses a combination that is not a candidate of the action or is used by another', () => {
    const { desktop } = setup()
    expect(() => desktop.setShortcut('skip', DEFAULT_SHORTCUTS.next)).toThrow()
    expect(() => desktop.setShortcut('next', 'CommandOrControl+V')).toThrow()
    expect(desktop.view().shortcuts.skip.accelerator).toBe(DEFAULT_SHORTCUTS.skip)
  })

  it('opens the log folder', async () => {
    const { desktop, ports } = setup()
    await desktop.openLogFolder()
    expect(ports.logFolder.opened).toBe(1)
    expect(desktop.view().logFolder).toBe('/logs')
  })
})
