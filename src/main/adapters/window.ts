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
  /** Where to open (the restored place of the main window); centred by Electron when absent. */
  x?: number
  y?: number
  /** The text size as a zoom factor, read when the window opens and after each page load. */
  zoomFactor?: () => number
}

/**
 * The one window factory: every window the app opens gets the same locked-down web preferences.
 * Exported for the boot test, which checks each window created through it.
 */
export function secureWebPreferences(
  preloadPath: string,
  zoomFactor = 1,
): BrowserWindowConstructorOptions['webPreferences'] {
  return {
    zoomFactor,
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
    ...(options.x === undefined || options.y === undefined ? {} : { x: options.x, y: options.y }),
    minWidth: options.minWidth ?? 360,
    minHeight: options.minHeight ?? 400,
    alwaysOnTop: options.alwaysOnTop ?? false,
    show: false,
    autoHideMenuBar: true,
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    webPreferences: secureWebPreferences(options.preloadPath, options.zoomFactor?.() ?? 1),
  })
  const zoom = options.zoomFactor
  // A reload (after a crash, say) starts from the default zoom: apply the text size again.
  if (zoom) window.webContents.on('did-finish-load', () => window.webContents.setZoomFactor(zoom()))
  window.once('ready-to-show', () => window.show())
  return window
}
