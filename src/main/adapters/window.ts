import { app, BrowserWindow, type BrowserWindowConstructorOptions } from 'electron'

export interface WindowOptions {
  preloadPath: string
  title: string
  width: number
  height: number
  minWidth?: number
  minHeight?: number
  alwaysOnTop?: boolean
  iconPath?: string
}

/**
 * The one window factory: every window the app opens gets the same locked-down web preferences.
 * Exported for the boot test, which checks each window created through it.
 */
export function secureWebPreferences(
  preloadPath: string,
): BrowserWindowConstructorOptions['webPreferences'] {
  return {
    preload: preloadPath,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    // DevTools reach window.api: only in development, never in a packaged build.
    devTools: !app.isPackaged,
  }
}

export function createWindow(options: WindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: options.title,
    width: options.width,
    height: options.height,
    minWidth: options.minWidth ?? 360,
    minHeight: options.minHeight ?? 400,
    alwaysOnTop: options.alwaysOnTop ?? false,
    show: false,
    autoHideMenuBar: true,
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    webPreferences: secureWebPreferences(options.preloadPath),
  })
  window.once('ready-to-show', () => window.show())
  return window
}
