import { defineStore } from 'pinia'
import { onScopeDispose, ref } from 'vue'
import type { ErrorCode } from '@shared/ipc/result'
import type { ShortcutAction } from '@shared/desktop/shortcuts'
import type { TextSize } from '@shared/desktop/text-size'
import type { DesktopView } from '@shared/desktop/view'
import { useApi } from '../api'

/**
 * The desktop comforts as main keeps them: the text size (main applies it as the zoom factor),
 * the copy panel's global shortcuts and whether they are held, and the log folder. Main tells
 * every window when any of it changes (the 表示 menu, a panel opening in the other window).
 */
export const useDesktopStore = defineStore('desktop', () => {
  const api = useApi()
  const view = ref<DesktopView | null>(null)
  const error = ref<ErrorCode | null>(null)

  const unsubscribe = api.desktop.changed((next) => {
    view.value = next
  })
  onScopeDispose(unsubscribe)

  async function load(): Promise<void> {
    const result = await api.desktop.state()
    if (result.ok) view.value = result.value
    else error.value = result.error.code
  }

  async function apply(call: Promise<Awaited<ReturnType<typeof api.desktop.state>>>) {
    const result = await call
    if (result.ok) {
      view.value = result.value
      error.value = null
    } else {
      error.value = result.error.code
    }
    return result.ok
  }

  const setTextSize = (size: TextSize) => apply(api.desktop.setTextSize(size))
  const setShortcut = (action: ShortcutAction, accelerator: string) =>
    apply(api.desktop.setShortcut(action, accelerator))

  async function openLogFolder(): Promise<boolean> {
    const result = await api.desktop.openLogFolder()
    return result.ok
  }

  return { view, error, load, setTextSize, setShortcut, openLogFolder }
})
