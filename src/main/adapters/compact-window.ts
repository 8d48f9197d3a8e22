import type { BrowserWindow } from 'electron'
import type { WindowPort } from '../services/ports'
import { createWindow } from './window'

export interface CompactWindowOptions {
  preloadPath: string
  /** The renderer's compact route, e.g. `app://bundle/index.html#/compact`. */
  url: string
  iconPath?: string
  /** The text size: the compact window follows the main window's. */
  zoomFactor?: () => number
  /** Each new compact window, for the wiring that every window of the app gets. */
  onCreated?: (window: BrowserWindow) => void
}

/**
 * The copy panel beside the browser: small, always on top, built by the one window factory (same
 * locked-down web preferences). One instance: asking again brings it back to the front.
 */
export function compactWindow(options: CompactWindowOptions): WindowPort & { close(): void } {
  let window: BrowserWindow | null = null
  return {
    async openCompact() {
      if (window !== null && !window.isDestroyed()) {
        if (window.isMinimized()) window.restore()
        window.focus()
        return { status: 'focused' }
      }
      const opened = createWindow({
        preloadPath: options.preloadPath,
        title: 'コピーパネル — 求人者マイページ準備ナビ',
        width: 420,
        height: 680,
        minWidth: 340,
        minHeight: 400,
        alwaysOnTop: true,
        ...(options.iconPath ? { iconPath: options.iconPath } : {}),
        ...(options.zoomFactor ? { zoomFactor: options.zoomFactor } : {}),
      })
      window = opened
      options.onCreated?.(opened)
      opened.on('closed', () => {
        if (window === opened) window = null
      })
      void opened.loadURL(options.url)
      return { status: 'opened' }
    },
    close() {
      if (window !== null && !window.isDestroyed()) window.close()
    },
  }
}
