/**
 * A recording stand-in for the `electron` module: just enough of its surface for the built main
 * bundle to boot in Node, with every call that matters for security written to `globalThis`.
 * (Loaders may make several copies of a module; the record lives on globalThis so all share one.)
 *
 * Each fake is typed as a `Pick` of Electron's own declaration of what it stands for, so a fake
 * that answers in a shape Electron would not (a wrong return type, a missing field) is a compile
 * error: these tests stand in for an Electron we cannot run here and must not drift from it.
 */
import type {
  App,
  BaseWindow,
  BrowserWindow as ElectronBrowserWindow,
  Clipboard,
  Dialog,
  Display,
  GlobalShortcut,
  IpcMain,
  Menu as ElectronMenu,
  MenuItem,
  MenuItemConstructorOptions,
  MessageBoxOptions,
  NativeTheme,
  Notification as ElectronNotification,
  NotificationConstructorOptions,
  Protocol,
  Rectangle,
  SafeStorage,
  Screen,
  Session,
  Shell,
  WebContents,
  WebFrameMain,
} from 'electron'
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

class FakeWebContents
  extends EventEmitter
  implements
    Pick<
      WebContents,
      | 'isDestroyed'
      | 'setZoomFactor'
      | 'isLoading'
      | 'forcefullyCrashRenderer'
      | 'setWindowOpenHandler'
      | 'send'
      | 'printToPDF'
      | 'getURL'
    >
{
  windowOpenHandler?: Parameters<WebContents['setWindowOpenHandler']>[0]
  sent: { channel: string; payload: unknown }[] = []
  destroyed = false
  isDestroyed() {
    return this.destroyed
  }
  mainFrame: Pick<WebFrameMain, 'url'> = { url: 'app://bundle/index.html' }
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
  setWindowOpenHandler(handler: Parameters<WebContents['setWindowOpenHandler']>[0]) {
    this.windowOpenHandler = handler
  }
  send(channel: string, payload?: unknown) {
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

type BrowserWindowFake = Pick<
  ElectronBrowserWindow,
  | 'loadURL'
  | 'getNormalBounds'
  | 'setBounds'
  | 'isMaximized'
  | 'maximize'
  | 'isDestroyed'
  | 'isMinimized'
  | 'restore'
  | 'focus'
  | 'show'
  | 'close'
  | 'destroy'
  | 'setTitle'
  | 'getTitle'
  | 'setProgressBar'
  | 'setAlwaysOnTop'
>

class FakeBrowserWindow extends EventEmitter implements BrowserWindowFake {
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
  bounds: Rectangle
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
  setBounds(bounds: Partial<Rectangle>) {
    this.bounds = { ...this.bounds, ...bounds }
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

type AppFake = Pick<
  App,
  | 'isPackaged'
  | 'getPath'
  | 'setPath'
  | 'setAboutPanelOptions'
  | 'getVersion'
  | 'getName'
  | 'getLocale'
  | 'setAppUserModelId'
  | 'requestSingleInstanceLock'
  | 'quit'
  | 'whenReady'
  | 'on'
  | 'once'
  | 'setName'
> & { dock: Pick<NonNullable<App['dock']>, 'setBadge'> }

// Electron's `on` and `once` answer the app itself, for chaining.
const self = (): App => app as unknown as App

export const app: AppFake = {
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
  setAboutPanelOptions: (options) => rec('app.setAboutPanelOptions', options),
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
  on: (event: string, listener: (...args: never[]) => void) => {
    rec('app.on', event)
    appEvents().on(event, listener as (...args: unknown[]) => void)
    return self()
  },
  once: (event: string, listener: (...args: never[]) => void) => {
    appEvents().once(event, listener as (...args: unknown[]) => void)
    return self()
  },
  setName: () => {},
  dock: { setBadge: () => {} },
}

export const ipcMain: Pick<IpcMain, 'handle' | 'on' | 'removeHandler'> = {
  handle: (channel, handler) => {
    rec('ipcMain.handle', channel)
    recording().handlers.set(
      channel,
      handler as Recording['handlers'] extends Map<string, infer H> ? H : never,
    )
  },
  on: (channel: string, listener: unknown) => {
    rec('ipcMain.on', channel)
    recording().listeners.set(channel, listener)
    return ipcMain as IpcMain
  },
  removeHandler: (channel: string) => {
    recording().handlers.delete(channel)
  },
}

export const protocol: Pick<Protocol, 'registerSchemesAsPrivileged' | 'handle'> = {
  registerSchemesAsPrivileged: (schemes: unknown[]) => {
    rec('protocol.registerSchemesAsPrivileged', schemes)
    recording().schemes.push(...schemes)
  },
  handle: (scheme: string, handler: (request: Request) => Promise<Response> | Response) => {
    rec('protocol.handle', scheme)
    recording().protocolHandlers.set(scheme, handler)
  },
}

type SessionFake = Pick<
  Session,
  | 'setPermissionRequestHandler'
  | 'setPermissionCheckHandler'
  | 'setDevicePermissionHandler'
  | 'setDisplayMediaRequestHandler'
>

export const session: { defaultSession: SessionFake } = {
  defaultSession: {
    // The tests call these handlers with plain stand-ins for a WebContents and the details.
    setPermissionRequestHandler: (handler) => {
      rec('session.setPermissionRequestHandler')
      recording().permissionRequest = (handler ?? undefined) as Recording['permissionRequest']
    },
    setPermissionCheckHandler: (handler) => {
      rec('session.setPermissionCheckHandler')
      recording().permissionCheck = (handler ?? undefined) as Recording['permissionCheck']
    },
    setDevicePermissionHandler: (handler) => {
      rec('session.setDevicePermissionHandler')
      recording().devicePermission = (handler ?? undefined) as Recording['devicePermission']
    },
    setDisplayMediaRequestHandler: () => rec('session.setDisplayMediaRequestHandler'),
  },
}

export const clipboard: Pick<Clipboard, 'readText' | 'writeText'> = {
  readText: async () => recording().clipboardText,
  writeText: async (text: string) => {
    const fail = recording().clipboardError
    if (fail) throw fail(text)
    recording().clipboardText = text
    recording().clipboardWrites.push(text)
  },
}

export const shell: Pick<Shell, 'openExternal' | 'openPath'> = {
  openExternal: async (url: string) => {
    recording().opened.push(url)
  },
  openPath: async (path: string) => {
    recording().openedPaths.push(path)
    return ''
  },
}

export const safeStorage: Pick<
  SafeStorage,
  | 'isAsyncEncryptionAvailable'
  | 'getSelectedStorageBackend'
  | 'encryptStringAsync'
  | 'decryptStringAsync'
> = {
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

export class Notification extends EventEmitter implements Pick<ElectronNotification, 'show'> {
  static isSupported() {
    return true
  }
  constructor(readonly options: NotificationConstructorOptions) {
    super()
  }
  show() {
    const { title = '', body = '' } = this.options
    recording().notifications.push({ title, body })
  }
}

export const dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog' | 'showMessageBox'> = {
  showSaveDialog: async () => {
    const filePath = recording().savePaths.shift()
    // As Electron: a cancelled dialog answers an empty path.
    return filePath === undefined ? { canceled: true, filePath: '' } : { canceled: false, filePath }
  },
  showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
  showMessageBox: async (...args: [BaseWindow, MessageBoxOptions] | [MessageBoxOptions]) => {
    const options = args.length === 2 ? args[1] : args[0]
    recording().messageBoxes.push(options)
    const answer = recording().messageBoxAnswers.shift()
    return { response: answer ?? options.defaultId ?? 0, checkboxChecked: false }
  },
}

export const nativeTheme: Pick<NativeTheme, 'shouldUseDarkColors'> = { shouldUseDarkColors: false }

class FakeMenu implements Pick<ElectronMenu, 'popup'> {
  constructor(readonly template: MenuTemplate) {}
  popup() {
    recording().popups.push(this.template)
  }
}

// Electron's Menu is a class whose statics main calls; each answers what the real one would.
type MenuStatics = Pick<typeof ElectronMenu, 'buildFromTemplate' | 'setApplicationMenu'>

export const Menu: MenuStatics = {
  buildFromTemplate: (template: Array<MenuItemConstructorOptions | MenuItem>) =>
    new FakeMenu(template as MenuTemplate) as unknown as ElectronMenu,
  setApplicationMenu: (menu: ElectronMenu | null) => {
    rec('Menu.setApplicationMenu')
    if (menu) recording().applicationMenus.push((menu as unknown as FakeMenu).template)
  },
}

export const globalShortcut: Pick<
  GlobalShortcut,
  'register' | 'unregister' | 'unregisterAll' | 'isRegistered'
> = {
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

// Only the fields main reads; the rest of a Display is Electron's business.
const display = (workArea: Rectangle) => ({ workArea, bounds: workArea }) as Display
export const screen: Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay'> = {
  getAllDisplays: () => recording().displays.map(display),
  getPrimaryDisplay: () =>
    display(recording().displays[0] ?? { x: 0, y: 0, width: 1920, height: 1040 }),
}

export const BrowserWindow = FakeBrowserWindow
export type { FakeBrowserWindow }

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
