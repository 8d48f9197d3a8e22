import { join } from 'node:path'
import { app, BrowserWindow, dialog } from 'electron'
import { contract, channels, type Emit } from '@shared/contract'
import { channelName } from '@shared/ipc/define'
import { APP_ORIGIN } from '@shared/csp'
import { DATA_SOURCES, LICENCES } from '@shared/reference-data'
import { createDispatcher } from './services/dispatcher'
import { createHandlers, createServices, type Services } from './services'
import { makeSenderCheck } from './services/sender-check'
import type { SettingsData } from './services/settings-service'
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
import { consoleLog, systemClock } from './services/ports'
import { FaultReport } from './services/fault-report'
import { errnoCode } from './services/file-errors'
import { flushWindow, holdCloseUntilFlushed } from './adapters/close-guard'

// The composition root: the only place that knows both the services and the Electron adapters.

const APP_ID = 'jp.hellowork-mypage-prep.desktop'
const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined
/** Until the app writes its own log file, the console (the OS keeps it for packaged apps too). */
const log = consoleLog

// Installed first, so nothing that goes wrong later is silent: logged, and shown in the window.
const faults = new FaultReport(log, systemClock)
process.on('uncaughtException', (error) => faults.report('uncaught-exception', error))
process.on('unhandledRejection', (reason) => faults.report('unhandled-rejection', reason))

app.setAppUserModelId(APP_ID)

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
  log.error('main:start-failed', {
    name: error instanceof Error ? error.name : typeof error,
    code: errnoCode(error) ?? null,
  })
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
// The copy panel beside the browser (window:openCompact); it closes with the main window.
const compact = compactWindow({
  preloadPath: join(__dirname, '../preload/index.cjs'),
  url: `${devServerUrl ?? `${APP_ORIGIN}/index.html`}#/compact`,
  iconPath: join(__dirname, '../../resources/icon.png'),
})

/** The screen a window opens on when the data folder could not be used at start. */
const RECOVERY_ROUTE = '#/profile/recovery'

async function start(): Promise<void> {
  hardenApp()
  serveRenderer(join(__dirname, '../renderer'))
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
  })
  const opened = await vault.open()
  const folderUnavailable = opened.state === 'locked' && opened.reason === 'folder-unavailable'
  if (folderUnavailable) log.warn('vault:folder-unavailable', { code: opened.detail })

  const services = createServices({
    settingsStore: settingsStore.store,
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
    licences: LICENCES,
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
    notifier: electronNotifier(() => services.settings.get().locale, focusMain),
    scheduler: nodeScheduler,
    log,
    faults,
    onTimerChange: (state) => timerWindow?.update(state),
  })
  faults.connect((notice) => emit('app', 'fault', notice))
  flushes = services.flushes
  timerWindow = new TimerWindowStatus(() => services.settings.get().locale)
  // Neither the regular tick nor a wake-up may throw out of main: each logs and carries on.
  const resyncTimers = (event: string) => () => {
    try {
      services.timer.resync()
      timerWindow?.repaint()
    } catch (error) {
      log.error(event, { code: errnoCode(error) ?? null })
    }
  }
  // Deadlines survive a restart: re-arm them (a notice missed while the app was closed fires once).
  resyncTimers('timer:restore-failed')()
  onSystemWake(resyncTimers('timer:resume-failed'))
  const timerTick = setInterval(resyncTimers('timer:tick-failed'), TIMER_TICK_MS)
  app.on('will-quit', () => {
    clearInterval(timerTick)
    services.timer.dispose()
  })

  const dispatch = createDispatcher(contract, createHandlers(services), {
    onUnexpected: (channel, error) =>
      log.error('ipc:unexpected', {
        channel,
        name: error instanceof Error ? error.name : typeof error,
        code: errnoCode(error) ?? null,
      }),
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
      ...windows.map((w) => flushWindow(services.flushes, w.webContents)),
      services.clipboard.clearIfUnchanged(),
    ]).finally(() => {
      quitReady = true
      app.quit()
    })
  })
  skipCloseFlush = () => quitReady
  app.on('second-instance', focusMain)
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

function openMain(route = ''): void {
  mainWindow = createWindow({
    preloadPath: join(__dirname, '../preload/index.cjs'),
    title: '求人者マイページ準備ナビ',
    width: 1180,
    height: 820,
    minWidth: 720,
    minHeight: 560,
    iconPath: join(__dirname, '../../resources/icon.png'),
  })
  const coordinator = flushes
  if (coordinator) {
    holdCloseUntilFlushed(
      mainWindow,
      (contents) => flushWindow(coordinator, contents),
      skipCloseFlush,
    )
  }
  mainWindow.on('closed', () => {
    mainWindow = null
    compact.close()
  })
  timerWindow?.attach(mainWindow)
  void mainWindow.loadURL(`${devServerUrl ?? `${APP_ORIGIN}/index.html`}${route}`)
}

function focusMain(): void {
  if (!mainWindow) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.focus()
}
