import {
  SHORTCUT_ACTIONS,
  SHORTCUT_CANDIDATES,
  type ShortcutAction,
  type ShortcutChoice,
  type ShortcutsView,
} from '@shared/desktop/shortcuts'
import type { LogPort } from './ports'

/** Electron's globalShortcut: `register` answers false when another application holds the keys. */
export interface GlobalShortcutPort {
  register(accelerator: string, onPress: () => void): boolean
  unregister(accelerator: string): void
}

/**
 * The copy panel's global shortcuts. They are registered only while at least one window shows a
 * copy panel (whether or not the app has focus: the point is to press them in the browser) and
 * released as soon as none does. One that cannot be registered is reported with a free
 * alternative; the panel's in-window shortcut keeps working meanwhile.
 */
export class CopyShortcuts {
  private readonly showing = new Set<string>()
  private readonly registered = new Map<ShortcutAction, string>()
  private readonly failed = new Map<ShortcutAction, string | null>()

  constructor(
    private readonly port: GlobalShortcutPort,
    private readonly choice: () => ShortcutChoice,
    private readonly onPress: (action: ShortcutAction) => void,
    private readonly onChange: () => void,
    private readonly log?: LogPort,
  ) {}

  get active(): boolean {
    return this.showing.size > 0
  }

  /** A window (by key) shows a copy panel, or stopped showing one (closed, crashed, navigated). */
  panelShown(window: string, shown: boolean): void {
    const wasActive = this.active
    if (shown) this.showing.add(window)
    else this.showing.delete(window)
    if (this.active === wasActive) return
    if (this.active) this.registerAll()
    else this.releaseAll()
    this.onChange()
  }

  /** The user chose other keys in the settings: re-register while active. */
  choiceChanged(): void {
    if (!this.active) return
    this.releaseAll()
    this.registerAll()
  }

  view(): ShortcutsView {
    const choice = this.choice()
    const entry = (action: ShortcutAction) => {
      const accelerator = choice[action]
      if (this.registered.get(action) === accelerator) {
        return { accelerator, status: 'registered' as const, alternative: null }
      }
      if (this.failed.has(action)) {
        return {
          accelerator,
          status: 'failed' as const,
          alternative: this.failed.get(action) ?? null,
        }
      }
      return { accelerator, status: 'inactive' as const, alternative: null }
    }
    return { next: entry('next'), skip: entry('skip'), back: entry('back') }
  }

  dispose(): void {
    this.showing.clear()
    this.releaseAll()
  }

  private registerAll(): void {
    const choice = this.choice()
    for (const action of SHORTCUT_ACTIONS) {
      const accelerator = choice[action]
      if (this.tryRegister(accelerator, action)) {
        this.registered.set(action, accelerator)
        continue
      }
      this.failed.set(action, this.freeAlternative(action, choice))
      this.log?.warn('shortcut.unavailable', { action })
    }
  }

  private releaseAll(): void {
    for (const accelerator of this.registered.values()) this.port.unregister(accelerator)
    this.registered.clear()
    this.failed.clear()
  }

  private tryRegister(accelerator: string, action: ShortcutAction): boolean {
    try {
      return this.port.register(accelerator, () => this.onPress(action))
    } catch {
      return false
    }
  }

  /** The first other candidate of the action that no action uses and the OS lets us have. */
  private freeAlternative(action: ShortcutAction, choice: ShortcutChoice): string | null {
    const used = new Set(Object.values(choice))
    for (const candidate of SHORTCUT_CANDIDATES[action]) {
      if (used.has(candidate)) continue
      // Probe: taken and given back at once, so nothing is held that the user did not choose.
      if (this.tryRegister(candidate, action)) {
        this.port.unregister(candidate)
        return candidate
      }
    }
    return null
  }
}
