import { DomainError } from '@shared/ipc/result'
import {
  SHORTCUT_ACTIONS,
  SHORTCUT_CANDIDATES,
  type ShortcutAction,
} from '@shared/desktop/shortcuts'
import { stepTextSize, type TextSize } from '@shared/desktop/text-size'
import type { DesktopView } from '@shared/desktop/view'
import { CopyShortcuts, type GlobalShortcutPort } from './copy-shortcuts'
import type { LogPort } from './ports'
import type { SettingsService } from './settings-service'

/** Applies the text size to every window (the zoom factor) and to windows opened later. */
export interface ZoomPort {
  apply(factor: number): void
}

/** The support log's folder: shown on the about screen and opened in the file manager. */
export interface LogFolderPort {
  path: string
  open(): Promise<void>
}

export interface DesktopPorts {
  settings: SettingsService
  globalShortcuts: GlobalShortcutPort
  zoom: ZoomPort
  logFolder: LogFolderPort
  platform: string
  /** The view changed (text size, shortcuts registered or released): tell every window. */
  onChange: (view: DesktopView) => void
  /** A global shortcut was pressed: the window showing the copy panel carries it out. */
  onShortcut: (action: ShortcutAction) => void
  log?: LogPort
}

/** The desktop comforts: text size, the copy panel's global shortcuts, the log folder. */
export class DesktopService {
  readonly shortcuts: CopyShortcuts

  constructor(private readonly ports: DesktopPorts) {
    this.shortcuts = new CopyShortcuts(
      ports.globalShortcuts,
      () => ports.settings.shortcuts(),
      (action) => ports.onShortcut(action),
      () => this.changed(),
      ports.log,
    )
  }

  view(): DesktopView {
    return {
      textSize: this.ports.settings.textSize(),
      shortcuts: this.shortcuts.view(),
      shortcutsActive: this.shortcuts.active,
      platform: this.ports.platform,
      logFolder: this.ports.logFolder.path,
    }
  }

  setTextSize(size: TextSize): DesktopView {
    this.ports.settings.setTextSize(size)
    this.ports.zoom.apply(size / 100)
    return this.changed()
  }

  /** The 表示 menu's zoom items and Ctrl+wheel: the same setting, one step at a time. */
  stepTextSize(step: 'in' | 'out' | 'reset'): DesktopView {
    return this.setTextSize(stepTextSize(this.ports.settings.textSize(), step))
  }

  setShortcut(action: ShortcutAction, accelerator: string): DesktopView {
    if (!SHORTCUT_CANDIDATES[action].includes(accelerator)) {
      throw new DomainError('invalid-field', '1', 'not a candidate of this action')
    }
    const current = this.ports.settings.shortcuts()
    const clash = SHORTCUT_ACTIONS.some(
      (other) => other !== action && current[other] === accelerator,
    )
    if (clash) throw new DomainError('conflict', '1', 'used by another action')
    this.ports.settings.setShortcuts({ ...current, [action]: accelerator })
    this.shortcuts.choiceChanged()
    return this.changed()
  }

  openLogFolder(): Promise<void> {
    return this.ports.logFolder.open()
  }

  private changed(): DesktopView {
    const view = this.view()
    this.ports.onChange(view)
    return view
  }
}
