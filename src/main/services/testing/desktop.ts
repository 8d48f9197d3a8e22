import type { ShortcutAction } from '@shared/desktop/shortcuts'
import type { GlobalShortcutPort } from '../copy-shortcuts'
import type { LogFolderPort, ZoomPort } from '../desktop-service'
import type { LogFields, LogPort } from '../ports'

/** Test stand-in for Electron's globalShortcut: `taken` are held by "another application". */
export class FakeGlobalShortcuts implements GlobalShortcutPort {
  readonly held = new Map<string, () => void>()
  readonly taken = new Set<string>()
  readonly calls: string[] = []
  register(accelerator: string, onPress: () => void): boolean {
    this.calls.push(`register ${accelerator}`)
    if (this.taken.has(accelerator) || this.held.has(accelerator)) return false
    this.held.set(accelerator, onPress)
    return true
  }
  unregister(accelerator: string): void {
    this.calls.push(`unregister ${accelerator}`)
    this.held.delete(accelerator)
  }
  /** The user pressed the keys somewhere on the desktop. */
  press(accelerator: string): boolean {
    const handler = this.held.get(accelerator)
    handler?.()
    return handler !== undefined
  }
}

export class RecordingZoom implements ZoomPort {
  readonly factors: number[] = []
  apply(factor: number): void {
    this.factors.push(factor)
  }
}

export class RecordingLogFolder implements LogFolderPort {
  opened = 0
  constructor(readonly path = '/logs') {}
  async open(): Promise<void> {
    this.opened++
  }
}

/** Keeps what a service logged, for asserting on. */
export class MemoryLog implements LogPort {
  readonly lines: { level: string; event: string; fields: LogFields }[] = []
  info = (event: string, fields: LogFields = {}) =>
    this.lines.push({ level: 'info', event, fields })
  warn = (event: string, fields: LogFields = {}) =>
    this.lines.push({ level: 'warn', event, fields })
  error = (event: string, fields: LogFields = {}) =>
    this.lines.push({ level: 'error', event, fields })
}

/** The desktop ports of `createServices` with recorders, for unit and e2e test apps. */
export function fakeDesktopPorts(pressed: ShortcutAction[] = []) {
  return {
    globalShortcuts: new FakeGlobalShortcuts(),
    zoom: new RecordingZoom(),
    logFolder: new RecordingLogFolder(),
    platform: 'test',
    onShortcut: (action: ShortcutAction): void => void pressed.push(action),
  }
}
