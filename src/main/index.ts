import { join } from 'node:path'
import { app, BrowserWindow } from 'electron'
import { contract, channels, type Emit } from '@shared/contract'
import { channelName } from '@shared/ipc/define'
import { APP_ORIGIN } from '@shared/csp'
import { DATA_SOURCES, LICENCES } from '@shared/reference-data'
import { createDispatcher } from './services/dispatcher'
import { createHandlers, createServices } from './services'
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

// The composition root: the only place that knows both the services and the Electron adapters.

const APP_ID = 'jp.hellowork-mypage-prep.desktop'
const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined

app.setAppUserModelId(APP_ID)

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  registerAppScheme()
  void app.whenReady().then(start)
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

async function start(): Promise<void> {
  hardenApp()
  serveRenderer(join(__dirname, '../renderer'))

  const settingsStore = createPlainStore<SettingsData>('settings')
  // The vault opens once per run (the data key is unwrapped here, never per read). A vault that
  // cannot open stays locked with every file intact; the renderer shows the recovery screen.
  const osProtector = new SafeStorageKeyProtector()
  const vault = new VaultStore({
    files: new NodeVaultFiles(join(app.getPath('userData'), 'vault')),
    protector: osProtector,
    clock: systemClock,
  })
  await vault.open()
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
    timerStore: createPlainStore<TimerStoreData>('timer').store,
    notifier: electronNotifier(() => services.settings.get().locale, focusMain),
    scheduler: nodeScheduler,
    log: consoleLog,
    onTimerChange: (state) => timerWindow?.update(state),
  })
  timerWindow = new TimerWindowStatus(() => services.settings.get().locale)
  // Deadlines survive a restart: re-arm them (a notice missed while the app was closed fires once).
  services.timer.restore()
  const resyncTimers = () => {
    services.timer.resync()
    timerWindow?.repaint()
  }
  onSystemWake(resyncTimers)
  const timerTick = setInterval(resyncTimers, TIMER_TICK_MS)
  app.on('will-quit', () => {
    clearInterval(timerTick)
    services.timer.dispose()
  })
  const dispatch = createDispatcher(contract, createHandlers(services), {
    onUnexpected: (channel, error) => console.error(`[ipc] ${channel} failed`, error),
  })
  const origins = devServerUrl ? [APP_ORIGIN, new URL(devServerUrl).origin] : [APP_ORIGIN]
  registerIpc(channels, dispatch, makeSenderCheck(origins))

  let clipboardSettled = false
  app.on('before-quit', (event) => {
    if (clipboardSettled) return
    // Hold the quit until the clipboard check is done; quit anyway if it fails.
    event.preventDefault()
    void services.clipboard
      .clearIfUnchanged()
      .catch(() => false)
      .finally(() => {
        clipboardSettled = true
        app.quit()
      })
  })
  app.on('second-instance', focusMain)
  app.on('window-all-closed', () => app.quit())
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMain()
  })
  openMain()
}

let mainWindow: BrowserWindow | null = null

function openMain(): void {
  mainWindow = createWindow({
    preloadPath: join(__dirname, '../preload/index.cjs'),
    title: '求人者マイページ準備ナビ',
    width: 1180,
    height: 820,
    minWidth: 720,
    minHeight: 560,
    iconPath: join(__dirname, '../../resources/icon.png'),
  })
  mainWindow.on('closed', () => {
    mainWindow = null
    compact.close()
  })
  timerWindow?.attach(mainWindow)
  void mainWindow.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`)
}

function focusMain(): void {
  if (!mainWindow) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.focus()
}
