import { describe, expect, it } from 'vitest'
import {
  ALL_SHORTCUTS,
  ariaShortcut,
  DEFAULT_SHORTCUTS,
  readShortcuts,
  SHORTCUT_ACTIONS,
  SHORTCUT_CANDIDATES,
  showAccelerator,
} from './shortcuts'

describe('copy panel shortcuts', () => {
  it('defaults to the first candidate of each action, all different', () => {
    for (const action of SHORTCUT_ACTIONS) {
      expect(DEFAULT_SHORTCUTS[action]).toBe(SHORTCUT_CANDIDATES[action][0])
    }
    expect(new Set(ALL_SHORTCUTS).size).toBe(ALL_SHORTCUTS.length)
  })

  it('uses three modifiers and a letter, never V (paste and match style on macOS)', () => {
    for (const accelerator of ALL_SHORTCUTS) {
      expect(accelerator).toMatch(/^CommandOrControl\+Alt\+Shift\+[A-Z]$/)
      expect(accelerator.endsWith('+V')).toBe(false)
    }
  })

  it('keeps a valid stored choice and falls back per action for anything else', () => {
    const next = SHORTCUT_CANDIDATES.next[1] ?? ''
    expect(readShortcuts({ next, skip: 'Ctrl+V', back: 42 })).toEqual({
      ...DEFAULT_SHORTCUTS,
      next,
    })
    expect(readShortcuts('junk')).toEqual(DEFAULT_SHORTCUTS)
    // A candidate of another action is refused for this one.
    expect(readShortcuts({ skip: DEFAULT_SHORTCUTS.next }).skip).toBe(DEFAULT_SHORTCUTS.skip)
  })

  it('shows the keys as each platform writes them', () => {
    expect(showAccelerator(DEFAULT_SHORTCUTS.next, 'win32')).toBe('Ctrl+Alt+Shift+N')
    expect(showAccelerator(DEFAULT_SHORTCUTS.next, 'darwin')).toBe('⌘⌥⇧N')
    expect(ariaShortcut(DEFAULT_SHORTCUTS.next, 'win32')).toBe('Control+Alt+Shift+N')
    expect(ariaShortcut(DEFAULT_SHORTCUTS.next, 'darwin')).toBe('Meta+Alt+Shift+N')
  })
})
