import type { ShortcutAction, ShortcutsView } from './shortcuts'
import type { TextSize } from './text-size'

/** What the renderer knows of the desktop comforts (`desktop:state`, `desktop:changed`). */
export interface DesktopView {
  textSize: TextSize
  shortcuts: ShortcutsView
  /** Whether the global shortcuts are wanted now (a window shows a copy panel). */
  shortcutsActive: boolean
  /** `process.platform`: the shortcuts are written ⌘⌥⇧ on macOS, Ctrl+Alt+Shift elsewhere. */
  platform: string
  /** The folder of the support log, shown on the about screen. */
  logFolder: string
}

/** Screens the menu opens in the main window. */
export const MENU_SCREENS = [
  'profile-data',
  'guide-sheet',
  'guide-steps',
  'guide-help',
  'about',
] as const
export type MenuScreen = (typeof MENU_SCREENS)[number]

/** Main asks a window to do something: open a screen (menu), or a copy-panel step (shortcut). */
export type DesktopCommand =
  { kind: 'open'; screen: MenuScreen } | { kind: 'copy'; action: ShortcutAction }

/** The draft the copy panels copy from, chosen in either window and followed by the other. */
export interface DraftChoice {
  profileId: string
  draftId: string | null
}

/** Routes that show a copy panel: the copy screens of the main window and the compact window. */
export function showsCopyPanel(url: string): boolean {
  const hash = url.includes('#') ? url.slice(url.indexOf('#') + 1) : ''
  return /^\/copy\/[a-z0-9-]+(?:[?/]|$)/.test(hash) || /^\/compact(?:[?/]|$)/.test(hash)
}
