import * as v from 'valibot'

/**
 * The copy panel's global shortcuts: while the panel is open they work from any application, so the
 * owner stays in the browser (shortcut, Ctrl+V, Tab) instead of switching windows for every field.
 *
 * Every candidate is Ctrl+Alt+Shift (⌘⌥⇧ on macOS) with a letter. Checked against the published
 * shortcut lists of Chrome (Chromium's accelerator table avoids Ctrl+Alt on purpose: it is AltGr on
 * international layouts), Edge (Chromium's table plus Ctrl+Shift collections, reader and the like),
 * Firefox (its Ctrl+Shift and Ctrl+Alt keys), Safari, Windows (Win and Ctrl+Alt+Del/Tab/arrows
 * families) and macOS (the reserved ⌘⌥ and ⌃⌘ combinations, VoiceOver's ⌃⌥): none binds these.
 * ⌘⌥⇧V (paste and match style in many Mac apps) is left out on purpose.
 */
export const SHORTCUT_ACTIONS = ['next', 'skip', 'back'] as const
export type ShortcutAction = (typeof SHORTCUT_ACTIONS)[number]

const combo = (key: string) => `CommandOrControl+Alt+Shift+${key}`

/** Per action, in order of preference: the first is the default, the others are offered instead. */
export const SHORTCUT_CANDIDATES: Record<ShortcutAction, readonly string[]> = {
  next: [combo('N'), combo('J'), combo('U')],
  skip: [combo('M'), combo('K'), combo('L')],
  back: [combo('B'), combo('G'), combo('Y')],
}

export const ALL_SHORTCUTS: readonly string[] = SHORTCUT_ACTIONS.flatMap(
  (action) => SHORTCUT_CANDIDATES[action],
)

export type ShortcutChoice = Record<ShortcutAction, string>

export const DEFAULT_SHORTCUTS: ShortcutChoice = {
  next: combo('N'),
  skip: combo('M'),
  back: combo('B'),
}

export const ShortcutActionSchema = v.picklist(SHORTCUT_ACTIONS)
export const AcceleratorSchema = v.picklist(ALL_SHORTCUTS as string[])

/**
 * The stored choice, each action checked on its own: an unknown accelerator, or one another action
 * already uses, falls back to that action's default (never to a combination nobody checked).
 */
export function readShortcuts(stored: unknown): ShortcutChoice {
  const record = typeof stored === 'object' && stored !== null ? stored : {}
  const chosen = { ...DEFAULT_SHORTCUTS }
  const used = new Set<string>()
  for (const action of SHORTCUT_ACTIONS) {
    const value = (record as Record<string, unknown>)[action]
    const valid =
      typeof value === 'string' && SHORTCUT_CANDIDATES[action].includes(value) && !used.has(value)
    chosen[action] = valid ? value : DEFAULT_SHORTCUTS[action]
    used.add(chosen[action])
  }
  return chosen
}

/** Where the shortcut stands: in force, refused by the OS (another app holds it), or not needed. */
export type ShortcutStatus = 'registered' | 'failed' | 'inactive'

export interface ShortcutState {
  accelerator: string
  status: ShortcutStatus
  /** When it failed: a candidate for the same action that is not in use, to offer instead. */
  alternative: string | null
}

export type ShortcutsView = Record<ShortcutAction, ShortcutState>

/** How a shortcut reads on this platform: `Ctrl+Alt+Shift+N`, or `⌘⌥⇧N` on macOS. */
export function showAccelerator(accelerator: string, platform: string): string {
  const mac = platform === 'darwin'
  const parts = accelerator.split('+')
  const names: Record<string, [string, string]> = {
    CommandOrControl: ['Ctrl', '⌘'],
    Alt: ['Alt', '⌥'],
    Shift: ['Shift', '⇧'],
  }
  const shown = parts.map((part) => names[part]?.[mac ? 1 : 0] ?? part)
  return shown.join(mac ? '' : '+')
}

/** The same key as the aria-keyshortcuts attribute wants it (`Control+Alt+Shift+N`). */
export function ariaShortcut(accelerator: string, platform: string): string {
  return accelerator.replace('CommandOrControl', platform === 'darwin' ? 'Meta' : 'Control')
}
