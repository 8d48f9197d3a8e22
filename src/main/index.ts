import { release } from 'node:os'
import { join } from 'node:path'
import { app, BrowserWindow, dialog } from 'electron'
import { contract, type Emit } from '@shared/contract'
import type { MenuCommand } from '@shared/desktop/menu'
import { showsCopyPanel, type DesktopCommand, type MenuScreen } from '@shared/desktop/view'
import type { ShortcutAction } from '@shared/desktop/shortcuts'
import { zoomFactorOf } from '@shared/desktop/text-size'
import { channelName, channels } from '@shared/ipc/channels'
import { APP_ORIGIN } from '@shared/csp'
import { DATA_SOURCES } from '@shared/reference-data'
import { ESTABLISHMENT_INDEX_ID } from '@shared/profiles'
import { createDispatcher } from './services/dispatcher'
import { createHandlers, createServices, type Services } from './services'
import { makeSenderCheck } from './services/sender-check'
import type { SettingsData } from './services/settings-service'
import type { Locale } from '@shared/settings'
import type { MinimumWageData } from './services/minimum-wage-service'
import { createPlainStore } from './adapters/electron-store'
import { hardenApp } from './adapters/hardening'
import { broadcast, registerIpc } from './adapters/ipc'
import { registerAppScheme, serveRenderer } from './adapters/protocol'
import { electronClipboard, electronShell } from './adapters/system'
import { createWindow } from './adapters/window'
import {
  TimerWindowStatus,
  electronNotifier,
  nodeScheduler,
  onSystemWake,
} from './adapters/timer-adapters'
import type { TimerStoreData } from './services/timer/timer-service'
import { NodeVaultFiles } from './adapters/vault-fs'
import { SafeStorageKeyProtector } from './adapters/safe-storage'
import { PassphraseKeyProtector, VaultStore } from './services/vault'
import { electronDialogs, electronImagePicker, electronPdf, nodeUserFiles } from './adapters/files'
import { japanPostLookup } from './adapters/postal'
import { compactWindow } from './adapters/compact-window'
import { systemClock } from './services/ports'
import { applyAppIdentity } from './adapters/app-identity'
import { bundledLicences } from './adapters/licences'
import { createLog, errorFields } from './services/log'
import { CrashPolicy } from './services/crash-policy'
import { rotatingLogFile } from './adapters/log-file'
import { attachContextMenu, setApplicationMenu } from './adapters/menu'
import { electronGlobalShortcuts, releaseAllShortcuts } from './adapters/global-shortcut'
import { keepWindowState, restorePlacement, type WindowStateData } from './adapters/window-state'
import { recoverFromCrashes } from './adapters/crash-recovery'
import { electronFolder } from './adapters/system'
import { FaultReport } from './services/fault-report'
import { errnoCode } from './services/file-errors'
import { flushWindow, holdCloseUntilFlushed } from './adapters/close-guard'

// The composition root: the only place that knows both the services and the Electron adapters.

// First, before anything reads the user-data folder (the single-instance lock and the log included).
applyAppIdentity()

const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined
const APP_URL = devServerUrl ?? `${APP_ORIGIN}/index.html`

// The support log: codes, counts and versions only; the home folder is written `~`.
const logFile = rotatingLogFile(join(app.getPath('userData'), 'logs'))
const log = createLog(logFile, {
  home: app.getPath('home'),
  clock: systemClock,
  ignoreCase: process.platform !== 'linux',
})
// Installed first, so nothing that goes wrong later is silent: logged, and shown in the window.
const faults = new FaultReport(log, systemClock)
process.on('uncaughtException', (error) => faults.report('uncaught-exception', error))
process.on('unhandledRejection', (reason) => faults.report('unhandled-rejection', reason))

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  registerAppScheme()
  void app.whenReady().then(start).catch(startFailed)
}

/**
 * Start-up met something no recovery screen can explain. Holding on would keep the single-instance
 * lock, and every later launch would exit without a word: say so in plain words, then quit.
 */
function startFailed(error: unknown): void {
  log.error('app.start-failed', errorFields(error))
  dialog.showErrorBox(
    '求人者マイページ準備ナビを起動できませんでした',
    'もう一度起動してください。繰り返す場合は、パソコンを再起動してからお試しください。入力した内容は保存されたまま残っています。\n\nThe app could not start. Please start it again; if this keeps happening, restart the computer. Your saved data is kept.',
  )
  app.quit()
}

const emit: Emit = (area, name, payload) => broadcast(channelName(area, name), payload)

/** How often the countdown re-checks the clock, besides its own wake-ups and powerMonitor events. */
const TIMER_TICK_MS = 15_000
// Set once the services exist; the window status reads the language from the settings.
let timerWindow: TimerWindowStatus | null = null
// Set once the services exist: the text size, the language, the copy panel's shortcuts.
let services: ReturnType<typeof createServices> | null = null
const zoomFactor = () => zoomFactorOf(services?.desktop.view().textSize ?? 100)
const locale = () => services?.settings.get().locale ?? 'ja'
const crashes = new CrashPolicy(systemClock)
// The windows that show a copy panel now: a global shortcut goes to one of them.
const panelWindows = new Map<string, BrowserWindow>()
// The copy panel beside the browser (window:openCompact); it closes with the main window.
const compact = compactWindow({
  preloadPath: join(__dirname, '../preload/index.cjs'),
  url: `${APP_URL}#/compact`,
  iconPath: join(__dirname, '../../resources/icon.png'),
  zoomFactor,
  onCreated: (window) => wireWindow('compact', window, `${APP_URL}#/compact`),
})

/** The screen a window opens on when the data folder could not be used at start. */
const RECOVERY_ROUTE = '#/profile/recovery'

async function start(): Promise<void> {
  log.info('app.start', {
    app: app.getVersion(),
    electron: process.versions.electron ?? '',
    chrome: process.versions.chrome ?? '',
    node: process.versions.node,
    os: process.platform,
    osRelease: release(),
    arch: process.arch,
    packaged: app.isPackaged,
  })
  hardenApp()
  serveRenderer(join(__dirname, '../renderer'))
  app.on('web-contents-created', (_event, contents) => attachContextMenu(contents, locale))

  // Neither store may stop the app: a folder that cannot be used keeps this run's values in memory.
  const settingsStore = createPlainStore<SettingsData>('settings', log)
  const timerStore = createPlainStore<TimerStoreData>('timer', log)
  // The vault opens once per run (the data key is unwrapped here, never per read). A vault that
  // cannot open stays locked with every file intact; the renderer shows the recovery screen. A data
  // folder that cannot be read or written (EBUSY and EPERM are retried first) locks it the same way.
  const osProtector = new SafeStorageKeyProtector()
  const vault = new VaultStore({
    files: new NodeVaultFiles(join(app.getPath('userData'), 'vault')),
    protector: osProtector,
    clock: systemClock,
    log,
    // The establishment index is read first at every start: it proves the key.
    probe: ESTABLISHMENT_INDEX_ID,
  })
  const opened = await vault.open()
  log.info('vault.open', {
    state: opened.state,
    ...(opened.state === 'locked' ? { reason: opened.reason } : {}),
  })
  const folderUnavailable = opened.state === 'locked' && opened.reason === 'folder-unavailable'
  if (folderUnavailable) log.warn('vault.folder-unavailable', { code: opened.detail ?? null })

  services = createServices({
    settingsStore: settingsStore.store,
    minimumWageStore: createPlainStore<MinimumWageData>('minimum-wage', log).store,
    clipboard: electronClipboard,
    shell: electronShell,
    runtime: {
      appVersion: app.getVersion(),
      electron: process.versions.electron ?? '',
      chrome: process.versions.chrome ?? '',
      node: process.versions.node,
      platform: process.platform,
    },
    sources: DATA_SOURCES,
    licences: bundledLicences(join(__dirname, '../licences'), log),
    emit,
    clock: systemClock,
    vault,
    keyProtection: {
      os: osProtector,
      passphrase: (passphrase) => new PassphraseKeyProtector(passphrase),
    },
    dialogs: electronDialogs,
    userFiles: nodeUserFiles,
    pdf: electronPdf,
    postalLookup: japanPostLookup,
    windows: compact,
    images: electronImagePicker,
    timerStore: timerStore.store,
    notifier: electronNotifier(locale, focusMain),
    scheduler: nodeScheduler,
    log,
    faults,
    onTimerChange: (state) => timerWindow?.update(state),
    onLocaleChange: (next) => buildMenu(next),
    desktop: {
      globalShortcuts: electronGlobalShortcuts,
      zoom: {
        apply: (factor) => {
          for (const window of BrowserWindow.getAllWindows()) {
            if (!window.isDestroyed()) window.webContents.setZoomFactor(factor)
          }
        },
      },
      logFolder: electronFolder(logFile.folder),
      platform: process.platform,
      onShortcut: copyStep,
    },
  })
  const ready = services
  faults.connect((notice) => emit('app', 'fault', notice))
  flushes = ready.flushes
  buildMenu(ready.settings.get().locale)
  timerWindow = new TimerWindowStatus(locale, (id) => ready.establishments.labelOf(id))
  // Neither the regular tick nor a wake-up may throw out of main: each logs and carries on.
  const resyncTimers = (event: string) => () => {
    try {
      ready.timer.resync()
      timerWindow?.repaint()
    } catch (error) {
      log.error(event, { code: errnoCode(error) ?? null })
    }
  }
  // Deadlines survive a restart: re-arm them (a notice missed while the app was closed fires once).
  resyncTimers('timer.restore-failed')()
  onSystemWake(resyncTimers('timer.resume-failed'))
  const timerTick = setInterval(resyncTimers('timer.tick-failed'), TIMER_TICK_MS)
  app.on('will-quit', () => {
    clearInterval(timerTick)
    ready.timer.dispose()
    ready.desktop.shortcuts.dispose()
    releaseAllShortcuts()
  })
  const dispatch = createDispatcher(contract, createHandlers(ready), {
    onUnexpected: (channel, error) =>
      log.error('ipc.unexpected', { channel, ...errorFields(error) }),
  })
  const origins = devServerUrl ? [APP_ORIGIN, new URL(devServerUrl).origin] : [APP_ORIGIN]
  registerIpc(channels, dispatch, makeSenderCheck(origins))

  let quitReady = false
  app.on('before-quit', (event) => {
    if (quitReady) return
    // Hold the quit until every window has saved what was typed (at most the flush timeout) and
    // the clipboard check is done; quit anyway if either fails.
    event.preventDefault()
    const windows = BrowserWindow.getAllWindows().filter((w) => !w.isDestroyed())
    void Promise.allSettled([
      ...windows.map((w) => flushWindow(ready.flushes, w.webContents)),
      ready.clipboard.clearIfUnchanged(),
    ]).finally(() => {
      quitReady = true
      app.quit()
    })
  })
  skipCloseFlush = () => quitReady
  app.on('second-instance', focusMain)
  app.on('child-process-gone', (_event, details) => {
    if (details.reason !== 'clean-exit') {
      log.error('process.gone', { type: details.type, reason: details.reason })
    }
  })
  app.on('window-all-closed', () => app.quit())
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMain()
  })
  openMain(folderUnavailable ? RECOVERY_ROUTE : '')
}

let mainWindow: BrowserWindow | null = null
/** Set once the services exist: asks a window to save before it closes. */
let flushes: Services['flushes'] | null = null
let skipCloseFlush: () => boolean = () => false

const MAIN_SIZE = { width: 1180, height: 820, minWidth: 720, minHeight: 560 }

function openMain(route = ''): void {
  // Where it was last time, if that place is on one of today's displays; centred otherwise.
  const windowState = createPlainStore<WindowStateData>('window-state', log).store
  const placement = restorePlacement(windowState, MAIN_SIZE)
  if (placement.centred)
    log.info('window.centred', { saved: windowState.get('main') !== undefined })
  const window = createWindow({
    preloadPath: join(__dirname, '../preload/index.cjs'),
    title: '求人者マイページ準備ナビ',
    ...MAIN_SIZE,
    ...placement.bounds,
    iconPath: join(__dirname, '../../resources/icon.png'),
    zoomFactor,
  })
  mainWindow = window
  if (placement.maximized) window.maximize()
  keepWindowState(window, windowState)
  const coordinator = flushes
  if (coordinator) {
    holdCloseUntilFlushed(window, (contents) => flushWindow(coordinator, contents), skipCloseFlush)
  }
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null
    compact.close()
  })
  timerWindow?.attach(window)
  wireWindow('main', window, APP_URL)
  void window.loadURL(`${APP_URL}${route}`)
}

/**
 * What every window of the app gets: crash and hang recovery, the text size on Ctrl+wheel, and
 * the copy panel's shortcuts while it shows a copy panel.
 */
function wireWindow(key: string, window: BrowserWindow, fallbackUrl: string): void {
  const contents = window.webContents
  const panel = (shown: boolean) => {
    if (shown) panelWindows.set(key, window)
    else panelWindows.delete(key)
    services?.desktop.shortcuts.panelShown(key, shown)
  }
  contents.on('did-navigate', (_event, url) => panel(showsCopyPanel(url)))
  contents.on('did-navigate-in-page', (_event, url, isMainFrame) => {
    if (isMainFrame) panel(showsCopyPanel(url))
  })
  contents.on('zoom-changed', (_event, direction) => services?.desktop.stepTextSize(direction))
  window.on('closed', () => panel(false))
  recoverFromCrashes(window, {
    key,
    policy: crashes,
    log,
    fallbackUrl,
    locale,
    logFolder: logFile.folder,
    onGone: () => panel(false),
  })
}

/** A global shortcut: the compact window takes it if it shows the panel, else the main window. */
function copyStep(action: ShortcutAction): void {
  const target = panelWindows.get('compact') ?? panelWindows.get('main')
  if (target && !target.isDestroyed()) sendCommand(target, { kind: 'copy', action })
}

function sendCommand(window: BrowserWindow, command: DesktopCommand): void {
  window.webContents.send(channelName('desktop', 'command'), command)
}

const MENU_SCREENS: Partial<Record<MenuCommand, MenuScreen>> = {
  'export-data': 'profile-data',
  'print-sheet': 'guide-sheet',
  'open-guide': 'guide-steps',
  'open-helpdesk': 'guide-help',
  about: 'about',
}

function runMenuCommand(command: MenuCommand): void {
  if (command === 'zoom-in') services?.desktop.stepTextSize('in')
  else if (command === 'zoom-out') services?.desktop.stepTextSize('out')
  else if (command === 'zoom-reset') services?.desktop.stepTextSize('reset')
  else if (command === 'open-log-folder') void services?.desktop.openLogFolder().catch(() => {})
  else {
    const screen = MENU_SCREENS[command]
    if (screen) openScreen(screen)
  }
}

/** A menu item that opens a screen: in the main window (opened if need be), brought forward. */
function openScreen(screen: MenuScreen): void {
  if (!mainWindow) openMain()
  const window = mainWindow
  if (!window) return
  focusMain()
  const send = () => sendCommand(window, { kind: 'open', screen })
  if (window.webContents.isLoading()) window.webContents.once('did-finish-load', send)
  else send()
}

function buildMenu(language: Locale): void {
  setApplicationMenu(
    language,
    { platform: process.platform, packaged: app.isPackaged },
    runMenuCommand,
  )
}

function focusMain(): void {
  if (!mainWindow) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.focus()
}
