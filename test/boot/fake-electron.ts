/**
 * A recording stand-in for the `electron` module: just enough of its surface for the built main
 * bundle to boot in Node, with every call that matters for security written to `globalThis`.
 * (Loaders may make several copies of a module; the record lives on globalThis so all share one.)
 */
import { EventEmitter } from 'node:events'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface Recording {
  userData: string
  /** The OS's app-data folder; a fresh temp folder unless a test sets one. */
  appData: string
  calls: { name: string; args: unknown[] }[]
  windows: FakeBrowserWindow[]
  handlers: Map<string, (event: unknown, ...args: unknown[]) => unknown>
  listeners: Map<string, unknown>
  protocolHandlers: Map<string, (request: Request) => Promise<Response> | Response>
  schemes: unknown[]
  permissionRequest?: (wc: unknown, permission: string, cb: (ok: boolean) => void) => void
  permissionCheck?: (...args: unknown[]) => boolean
  devicePermission?: (...args: unknown[]) => boolean
  appEvents: EventEmitter
  clipboardText: string
  clipboardWrites: string[]
  opened: string[]
  notifications: { title: string; body: string }[]
  printToPdfOptions: unknown[]
  /** Paths the save dialog answers with, in order; none queued = cancelled. */
  savePaths: string[]
  quitCalled: number
  /** `app.getPath(name)` answers from here, else the user-data folder. */
  paths: Record<string, string>
  /** `app.isPackaged` for this boot (set before importing main). */
  packaged: boolean
  /** Every template handed to Menu.setApplicationMenu, in order. */
  applicationMenus: MenuTemplate[]
  /** Every context menu popped up. */
  popups: MenuTemplate[]
  /** Global shortcuts held now, and those "another application" holds. */
  shortcuts: Map<string, () => void>
  takenShortcuts: Set<string>
  shortcutCalls: string[]
  /** Work areas of the displays (the first is the primary one). */
  displays: { x: number; y: number; width: number; height: number }[]
  openedPaths: string[]
  messageBoxes: { title?: string; message?: string; detail?: string; buttons?: string[] }[]
  /** Button indexes the message boxes answer with, in order; none queued = the default. */
  messageBoxAnswers: number[]
  /** Set to make the clipboard and printToPDF fail with this error (as a real OS fault would). */
  clipboardError?: (text: string) => Error
  printError?: () => Error
}

export type MenuTemplate = Record<string, unknown>[]

const g = globalThis as unknown as { __fakeElectron?: Recording }

export function recording(): Recording {
  g.__fakeElectron ??= {
    userData: '',
    appData: '',
    calls: [],
    windows: [],
    handlers: new Map(),
    listeners: new Map(),
    protocolHandlers: new Map(),
    schemes: [],
    appEvents: new EventEmitter(),
    clipboardText: '',
    clipboardWrites: [],
    opened: [],
    notifications: [],
    printToPdfOptions: [],
    savePaths: [],
    quitCalled: 0,
    paths: {},
    packaged: false,
    applicationMenus: [],
    popups: [],
    shortcuts: new Map(),
    takenShortcuts: new Set(),
    shortcutCalls: [],
    displays: [{ x: 0, y: 0, width: 1920, height: 1040 }],
    openedPaths: [],
    messageBoxes: [],
    messageBoxAnswers: [],
  }
  return g.__fakeElectron
}

const rec = (name: string, ...args: unknown[]) => recording().calls.push({ name, args })

class FakeWebContents extends EventEmitter {
  windowOpenHandler?: (details: { url: string }) => { action: string }
  sent: { channel: string; payload: unknown }[] = []
  destroyed = false
  isDestroyed() {
    return this.destroyed
  }
  mainFrame = { url: 'app://bundle/index.html' }
  /** The page's address (what the window last loaded, or navigated to in-page). */
  url = ''
  zoomFactors: number[] = []
  crashedOnPurpose = 0
  setZoomFactor(factor: number) {
    this.zoomFactors.push(factor)
  }
  isLoading() {
    return false
  }
  forcefullyCrashRenderer() {
    this.crashedOnPurpose += 1
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler
  }
  send(channel: string, payload: unknown) {
    this.sent.push({ channel, payload })
  }
  async printToPDF(options: unknown) {
    const fail = recording().printError
    if (fail) throw fail()
    recording().printToPdfOptions.push(options)
    return Buffer.from('%PDF-1.7 fake')
  }
  getURL() {
    return this.url || this.mainFrame.url
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static getAllWindows() {
    return recording().windows.filter((w) => !w.destroyed)
  }
  static getFocusedWindow() {
    return recording().windows.find((w) => !w.destroyed) ?? null
  }
  static fromWebContents(wc: unknown) {
    return recording().windows.find((w) => w.webContents === wc) ?? null
  }
  webContents = new FakeWebContents()
  destroyed = false
  loaded: string[] = []
  title = ''
  progress: number[] = []
  maximized = false
  bounds: { x: number; y: number; width: number; height: number }
  constructor(readonly options: Record<string, unknown>) {
    super()
    recording().windows.push(this)
    const web = options['webPreferences'] as Record<string, unknown> | undefined
    rec('BrowserWindow', options)
    if (web) this.title = String(options['title'] ?? '')
    const n = (key: string, fallback: number) =>
      typeof options[key] === 'number' ? (options[key] as number) : fallback
    this.bounds = { x: n('x', 0), y: n('y', 0), width: n('width', 800), height: n('height', 600) }
    // As Electron does for every window's page.
    recording().appEvents.emit('web-contents-created', {}, this.webContents)
  }
  async loadURL(url: string) {
    this.loaded.push(url)
    this.webContents.url = url
  }
  getNormalBounds() {
    return { ...this.bounds }
  }
  setBounds(bounds: { x: number; y: number; width: number; height: number }) {
    this.bounds = { ...bounds }
    this.emit('move')
  }
  isMaximized() {
    return this.maximized
  }
  maximize() {
    this.maximized = true
    this.emit('maximize')
  }
  isDestroyed() {
    return this.destroyed
  }
  isMinimized() {
    return false
  }
  restore() {}
  focus() {}
  show() {}
  /** As Electron: 'close' may be prevented; otherwise the window is destroyed and 'closed' follows. */
  close() {
    if (this.destroyed) return
    let prevented = false
    this.emit('close', { preventDefault: () => (prevented = true) })
    if (!prevented) this.destroy()
  }
  destroy() {
    if (this.destroyed) return
    this.destroyed = true
    this.webContents.destroyed = true
    this.emit('closed')
  }
  setTitle(title: string) {
    this.title = title
  }
  getTitle() {
    return this.title
  }
  setProgressBar(value: number) {
    this.progress.push(value)
  }
  setAlwaysOnTop() {}
}

const appEvents = () => recording().appEvents

export const app = {
  get isPackaged() {
    return recording().packaged
  },
  getPath: (name: string) => {
    rec('app.getPath', name)
    if (name === 'appData') {
      recording().appData ||= mkdtempSync(join(tmpdir(), 'hwmp-appdata-'))
      return recording().appData
    }
    return recording().paths[name] ?? recording().userData
  },
  setPath: (name: string, path: string) => {
    rec('app.setPath', name, path)
    if (name === 'userData') recording().userData = path
  },
  setAboutPanelOptions: (options: Record<string, unknown>) =>
    rec('app.setAboutPanelOptions', options),
  getVersion: () => '0.1.0',
  getName: () => 'hellowork-mypage-prep',
  getLocale: () => 'ja',
  setAppUserModelId: (id: string) => rec('app.setAppUserModelId', id),
  requestSingleInstanceLock: () => {
    rec('app.requestSingleInstanceLock')
    return true
  },
  quit: () => {
    recording().quitCalled += 1
    rec('app.quit')
  },
  whenReady: () => Promise.resolve(),
  on: (event: string, listener: (...args: unknown[]) => void) => {
    rec('app.on', event)
    appEvents().on(event, listener)
    return app
  },
  once: (event: string, listener: (...args: unknown[]) => void) => {
    appEvents().once(event, listener)
    return app
  },
  setName: () => {},
  dock: { setBadge: () => {} },
}

export const ipcMain = {
  handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => {
    rec('ipcMain.handle', channel)
    recording().handlers.set(channel, handler)
  },
  on: (channel: string, listener: unknown) => {
    rec('ipcMain.on', channel)
    recording().listeners.set(channel, listener)
  },
  removeHandler: (channel: string) => recording().handlers.delete(channel),
}

export const protocol = {
  registerSchemesAsPrivileged: (schemes: unknown[]) => {
    rec('protocol.registerSchemesAsPrivileged', schemes)
    recording().schemes.push(...schemes)
  },
  handle: (scheme: string, handler: (request: Request) => Promise<Response> | Response) => {
    rec('protocol.handle', scheme)
    recording().protocolHandlers.set(scheme, handler)
  },
}

export const session = {
  defaultSession: {
    setPermissionRequestHandler: (handler: Recording['permissionRequest']) => {
      rec('session.setPermissionRequestHandler')
      recording().permissionRequest = handler
    },
    setPermissionCheckHandler: (handler: Recording['permissionCheck']) => {
      rec('session.setPermissionCheckHandler')
      recording().permissionCheck = handler
    },
    setDevicePermissionHandler: (handler: Recording['devicePermission']) => {
      rec('session.setDevicePermissionHandler')
      recording().devicePermission = handler
    },
    setDisplayMediaRequestHandler: () => rec('session.setDisplayMediaRequestHandler'),
  },
}

export const clipboard = {
  readText: async () => recording().clipboardText,
  writeText: async (text: string) => {
    const fail = recording().clipboardError
    if (fail) throw fail(text)
    recording().clipboardText = text
    recording().clipboardWrites.push(text)
  },
}

export const shell = {
  openExternal: async (url: string) => {
    recording().opened.push(url)
  },
  openPath: async (path: string) => {
    recording().openedPaths.push(path)
    return ''
  },
}

export const safeStorage = {
  isAsyncEncryptionAvailable: async () => true,
  getSelectedStorageBackend: () => 'gnome_libsecret',
  encryptStringAsync: async (text: string) => Buffer.from(`fake:${text}`, 'utf8'),
  decryptStringAsync: async (data: Buffer) => {
    const text = data.toString('utf8')
    if (!text.startsWith('fake:')) throw new Error('cannot decrypt')
    return { result: text.slice(5), shouldReEncrypt: false }
  },
}

export const powerMonitor = new EventEmitter()

export class Notification extends EventEmitter {
  static isSupported() {
    return true
  }
  constructor(readonly options: { title: string; body: string }) {
    super()
  }
  show() {
    recording().notifications.push({ title: this.options.title, body: this.options.body })
  }
}

export const dialog = {
  showSaveDialog: async () => {
    const filePath = recording().savePaths.shift()
    return filePath === undefined ? { canceled: true } : { canceled: false, filePath }
  },
  showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
  showMessageBox: async (_window: unknown, options: Recording['messageBoxes'][number]) => {
    recording().messageBoxes.push(options)
    const answer = recording().messageBoxAnswers.shift()
    return { response: answer ?? (options as { defaultId?: number }).defaultId ?? 0 }
  },
}

export const nativeTheme = { shouldUseDarkColors: false }

class FakeMenu {
  constructor(readonly template: MenuTemplate) {}
  popup() {
    recording().popups.push(this.template)
  }
}

export const Menu = {
  buildFromTemplate: (template: MenuTemplate) => new FakeMenu(template),
  setApplicationMenu: (menu: FakeMenu | null) => {
    rec('Menu.setApplicationMenu')
    if (menu) recording().applicationMenus.push(menu.template)
  },
}

export const globalShortcut = {
  register: (accelerator: string, callback: () => void) => {
    recording().shortcutCalls.push(`register ${accelerator}`)
    const { shortcuts, takenShortcuts } = recording()
    if (takenShortcuts.has(accelerator) || shortcuts.has(accelerator)) return false
    shortcuts.set(accelerator, callback)
    return true
  },
  unregister: (accelerator: string) => {
    recording().shortcutCalls.push(`unregister ${accelerator}`)
    recording().shortcuts.delete(accelerator)
  },
  unregisterAll: () => {
    recording().shortcutCalls.push('unregisterAll')
    recording().shortcuts.clear()
  },
  isRegistered: (accelerator: string) => recording().shortcuts.has(accelerator),
}

const display = (workArea: Recording['displays'][number]) => ({ workArea, bounds: workArea })
export const screen = {
  getAllDisplays: () => recording().displays.map(display),
  getPrimaryDisplay: () =>
    display(recording().displays[0] ?? { x: 0, y: 0, width: 1920, height: 1040 }),
}

export const BrowserWindow = FakeBrowserWindow

const electron = {
  app,
  ipcMain,
  protocol,
  session,
  clipboard,
  shell,
  safeStorage,
  powerMonitor,
  Notification,
  dialog,
  nativeTheme,
  Menu,
  BrowserWindow,
  globalShortcut,
  screen,
}
export default electron
