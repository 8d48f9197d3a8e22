/**
 * A recording stand-in for the `electron` module: just enough of its surface for the built main
 * bundle to boot in Node, with every call that matters for security written to `globalThis`.
 * (Loaders may make several copies of a module; the record lives on globalThis so all share one.)
 */
import { EventEmitter } from 'node:events'

export interface Recording {
  userData: string
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
}

const g = globalThis as unknown as { __fakeElectron?: Recording }

export function recording(): Recording {
  g.__fakeElectron ??= {
    userData: '',
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
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler
  }
  send(channel: string, payload: unknown) {
    this.sent.push({ channel, payload })
  }
  async printToPDF(options: unknown) {
    recording().printToPdfOptions.push(options)
    return Buffer.from('%PDF-1.7 fake')
  }
  getURL() {
    return this.mainFrame.url
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
  constructor(readonly options: Record<string, unknown>) {
    super()
    recording().windows.push(this)
    const web = options['webPreferences'] as Record<string, unknown> | undefined
    rec('BrowserWindow', options)
    if (web) this.title = String(options['title'] ?? '')
  }
  async loadURL(url: string) {
    this.loaded.push(url)
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
  isPackaged: false,
  getPath: (name: string) => {
    rec('app.getPath', name)
    return recording().userData
  },
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
    recording().clipboardText = text
    recording().clipboardWrites.push(text)
  },
}

export const shell = {
  openExternal: async (url: string) => {
    recording().opened.push(url)
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
  showMessageBox: async () => ({ response: 0 }),
}

export const nativeTheme = { shouldUseDarkColors: false }
export const Menu = { setApplicationMenu: () => {} }

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
}
export default electron
