import { computed } from 'vue'
import { ariaShortcut, showAccelerator, type ShortcutAction } from '@shared/desktop/shortcuts'
import { useDesktopStore } from '../stores/desktop'

/** How the copy panel's shortcuts read on this platform (⌘⌥⇧N on macOS, Ctrl+Alt+Shift+N else). */
export function useShortcutText() {
  const desktop = useDesktopStore()
  const platform = computed(() => desktop.view?.platform ?? '')
  const keys = (accelerator: string) => showAccelerator(accelerator, platform.value)
  const aria = (accelerator: string) => ariaShortcut(accelerator, platform.value)
  const of = (action: ShortcutAction) => desktop.view?.shortcuts[action]
  const paste = computed(() => (platform.value === 'darwin' ? '⌘V' : 'Ctrl+V'))
  return { keys, aria, of, paste }
}
