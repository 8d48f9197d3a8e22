import { globalShortcut } from 'electron'
import type { GlobalShortcutPort } from '../services/copy-shortcuts'

export const electronGlobalShortcuts: GlobalShortcutPort = {
  register: (accelerator, onPress) => globalShortcut.register(accelerator, onPress),
  unregister: (accelerator) => globalShortcut.unregister(accelerator),
}

/** Nothing registered outlives the app, whatever state the panel was in. */
export function releaseAllShortcuts(): void {
  globalShortcut.unregisterAll()
}
