import type { Profile } from '../../profile/model'
import type { JobOfferDraft } from '../model'
import { PORTAL_SCREENS, copyItemsForScreen, type PortalScreenId } from '../portal-text'

/**
 * Window switches per pasted field. Clicking the panel's copy button means going to the panel's
 * window and back to the browser (2). With the panel's global shortcut the owner stays in the
 * browser: shortcut, Ctrl+V, Tab (0).
 */
export const WINDOW_SWITCHES_PER_FIELD = { clicking: 2, globalShortcut: 0 } as const

/**
 * What the copy panel saves, per portal screen: the characters a user would type by hand (the
 * portal-ready value of every field to copy, counted in code points; a Japanese character typed
 * through an IME costs several keys, so this understates the saving) against the panel's actions,
 * one copy and one paste per copyable field, and the window switches that go with them. Fields the
 * portal fills (住所検索) and options chosen on screen cost the same either way and are only counted.
 */
export interface ScreenKeystrokes {
  screen: PortalScreenId
  /** Fields pasted from the panel (non-empty 'copy' items). */
  copyFields: number
  typedChars: number
  panelActions: number
  /** Switching between the panel's window and the browser, copying by clicking the panel. */
  windowSwitchesClicking: number
  /** The same with the global shortcut pressed in the browser. */
  windowSwitchesShortcut: number
  chosenOnScreen: number
  filledByPortal: number
}

export interface KeystrokeReport {
  screens: ScreenKeystrokes[]
  total: Omit<ScreenKeystrokes, 'screen'>
}

export function keystrokeReport(profile: Profile, draft: JobOfferDraft): KeystrokeReport {
  const screens = PORTAL_SCREENS.map((screen): ScreenKeystrokes => {
    const items = copyItemsForScreen(screen, profile, draft).filter((i) => i.value !== '')
    const copies = items.filter((i) => i.kind === 'copy')
    return {
      screen,
      copyFields: copies.length,
      typedChars: copies.reduce((n, i) => n + [...i.value].length, 0),
      panelActions: copies.length * 2,
      windowSwitchesClicking: copies.length * WINDOW_SWITCHES_PER_FIELD.clicking,
      windowSwitchesShortcut: copies.length * WINDOW_SWITCHES_PER_FIELD.globalShortcut,
      chosenOnScreen: items.filter((i) => i.kind === 'choose-on-screen').length,
      filledByPortal: items.filter((i) => i.kind === 'portal-fills').length,
    }
  })
  const sum = (k: keyof Omit<ScreenKeystrokes, 'screen'>): number =>
    screens.reduce((n, s) => n + s[k], 0)
  return {
    screens,
    total: {
      copyFields: sum('copyFields'),
      typedChars: sum('typedChars'),
      panelActions: sum('panelActions'),
      windowSwitchesClicking: sum('windowSwitchesClicking'),
      windowSwitchesShortcut: sum('windowSwitchesShortcut'),
      chosenOnScreen: sum('chosenOnScreen'),
      filledByPortal: sum('filledByPortal'),
    },
  }
}
