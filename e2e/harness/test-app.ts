import { randomBytes } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readFile, stat } from 'node:fs/promises'
import Conf from 'conf'
import { DomainError } from '@shared/ipc/result'
import { contract, type Emit } from '@shared/contract'
import { channelName } from '@shared/ipc/channels'
import { DATA_SOURCES } from '@shared/reference-data'
import { ESTABLISHMENT_INDEX_ID } from '@shared/profiles'
import type { Locale } from '@shared/settings'
import type { ShortcutAction } from '@shared/desktop/shortcuts'
import { fromConf } from '../../src/main/adapters/kv-store'
import { createDispatcher, type Dispatch } from '../../src/main/services/dispatcher'
import { createHandlers, createServices, type Services } from '../../src/main/services'
import type { ClipboardPort, Clock, ShellPort } from '../../src/main/services/ports'
import { NodeVaultFiles, type DiskPort } from '../../src/main/adapters/vault-fs'
import { writeFileAtomic } from '../../src/main/adapters/atomic-file'
import { PassphraseKeyProtector, VaultStore } from '../../src/main/services/vault'
import { StaticKeyProtector } from '../../src/main/services/vault/testing/static-key-protector'
import { japanPostLookup } from '../../src/main/adapters/postal'
import { bundledLicences } from '../../src/main/adapters/licences'
import type { ImagePickerPort, UserFilePort, WindowPort } from '../../src/main/services/ports'
import { CHEAP_SCRYPT } from '../../src/main/services/vault/testing/helpers'
import { fakeDesktopPorts } from '../../src/main/services/testing/desktop'
import { silentLog } from '../../src/main/services/timer/testing/fakes'
import { FaultReport } from '../../src/main/services/fault-report'
import type { SettingsData } from '../../src/main/services/settings-service'
import type { MinimumWageData } from '../../src/main/services/minimum-wage-service'
import { noticeText } from '../../src/main/services/timer/notice-text'
import type {
  NotifierPort,
  SchedulerPort,
  TimerNotice,
  TimerStoreData,
} from '../../src/main/services/timer/timer-service'

export class RecordingClipboard implements ClipboardPort {
  text = ''
  writes: string[] = []
  async readText() {
    return this.text
  }
  async writeText(text: string) {
    this.text = text
    this.writes.push(text)
  }
}

export class RecordingShell implements ShellPort {
  opened: string[] = []
  async openExternal(url: string) {
    this.opened.push(url)
  }
}

/** Records each desktop notice with the text main would show, in the locale of that moment. */
export class RecordingNotifier implements NotifierPort {
  shown: (TimerNotice & { title: string; body: string })[] = []
  locale: () => Locale = () => 'ja'
  notify(notice: TimerNotice) {
    this.shown.push({ ...notice, ...noticeText(notice, this.locale()) })
  }
}

/**
 * The timer's wake-ups, run by hand on the test clock: `advance(ms)` moves the clock, running each
 * wake-up at its due instant, in order (as real timers would while the machine is awake).
 */
export class ManualScheduler implements SchedulerPort<number> {
  private nextId = 1
  private readonly pending = new Map<number, { at: number; fn: () => void }>()
  constructor(private readonly clock: TestClock) {}
  setTimeout(fn: () => void, ms: number) {
    const id = this.nextId++
    this.pending.set(id, { at: this.clock.now() + Math.max(0, ms), fn })
    return id
  }
  clearTimeout(handle: number) {
    this.pending.delete(handle)
  }
  advance(ms: number) {
    const target = this.clock.now() + ms
    for (;;) {
      const due = [...this.pending].sort(([, a], [, b]) => a.at - b.at)[0]
      if (due === undefined || due[1].at > target) break
      this.pending.delete(due[0])
      this.clock.ms = Math.max(this.clock.ms, due[1].at)
      due[1].fn()
    }
    this.clock.ms = target
  }
}

/** The same folder keeps the same "machine" unless a test says otherwise. */
const MACHINE_SECRETS = new Map<string, Buffer>()

export type EventSink = (channel: string, payload: unknown) => void

/**
 * The real main-process services on a data folder, with only the Electron adapters swapped:
 * conf (what electron-store is built on) for the stores, recorders for clipboard and shell.
 * A "restart" is `createTestApp(sameDataDir)`: new services reading the same files.
 */
export interface TestApp {
  dataDir: string
  /** This "machine's" OS key: a restart reuses it, a new machine gets another. */
  machineSecret: Buffer
  clock: TestClock
  /** The timer's wake-ups on `clock`; `scheduler.advance(ms)` is "time passes with the app open". */
  scheduler: ManualScheduler
  notifier: RecordingNotifier
  services: Services
  dispatch: Dispatch
  clipboard: RecordingClipboard
  shell: RecordingShell
  /** Pages listening to main's events. */
  sinks: Set<EventSink>
  unexpected: unknown[]
  /** Queue paths here to answer the export / import dialogs; none queued = "cancelled". */
  dialogs: ScriptedDialogs
  /** Stands in for Electron's printToPDF: records the options asked for. */
  pdf: RecordingPdf
  /** Records window:openCompact requests (one instance, as the app's adapter). */
  windows: RecordingWindows
  /** Queue path lists here to answer the screen-6 image dialog. */
  images: ScriptedImagePicker
  /** Global shortcuts, zoom and log folder recorders (press a shortcut with `desktop.globalShortcuts.press`). */
  desktop: ReturnType<typeof fakeDesktopPorts>
}

/** A clock the test moves by hand; starts at the real time so dates on screen look current. */
export class TestClock implements Clock {
  constructor(public ms = Date.now()) {}
  now() {
    return this.ms
  }
  advance(ms: number) {
    this.ms += ms
  }
}

export interface TestAppOptions {
  /** The OS key protecting the vault; pass the previous app's to "restart", a fresh one for a new PC. */
  machineSecret?: Buffer
  clock?: TestClock
  /** This "machine's" OS key protection is weak (Linux basic_text): the app offers a passphrase. */
  weakOs?: boolean
  /** The data folder's disk, e.g. one that injects the faults of a locked or read-only folder. */
  disk?: DiskPort
}

export async function createTestApp(
  dataDir = mkdtempSync(join(tmpdir(), 'hwmp-e2e-')),
  options: TestAppOptions = {},
): Promise<TestApp> {
  const machineSecret = options.machineSecret ?? MACHINE_SECRETS.get(dataDir) ?? randomBytes(32)
  MACHINE_SECRETS.set(dataDir, machineSecret)
  const clock = options.clock ?? new TestClock()
  const osProtector = new StaticKeyProtector(machineSecret, {
    available: true,
    weak: options.weakOs ?? false,
    backend: options.weakOs ? 'basic_text' : 'static',
  })
  const dialogs = new ScriptedDialogs()
  const pdf = new RecordingPdf()
  const windows = new RecordingWindows()
  const images = new ScriptedImagePicker()
  const vault = new VaultStore({
    files: new NodeVaultFiles(join(dataDir, 'vault'), {
      ...(options.disk ? { disk: options.disk } : {}),
      // Retries of a locked folder are counted by the unit tests; here they need not wait.
      sleep: async () => undefined,
    }),
    protector: osProtector,
    clock,
    exportKdf: CHEAP_SCRYPT,
    probe: ESTABLISHMENT_INDEX_ID,
  })
  await vault.open()
  const clipboard = new RecordingClipboard()
  const shell = new RecordingShell()
  const sinks = new Set<EventSink>()
  const unexpected: unknown[] = []
  const scheduler = new ManualScheduler(clock)
  const notifier = new RecordingNotifier()
  const emit: Emit = (area, name, payload) => {
    for (const sink of sinks) sink(channelName(area, name), payload)
  }
  // A global shortcut reaches the page as main's desktop:command event, as in the app.
  const desktop = {
    ...fakeDesktopPorts(),
    onShortcut: (action: ShortcutAction) => emit('desktop', 'command', { kind: 'copy', action }),
  }
  const services = createServices({
    settingsStore: fromConf(
      new Conf<SettingsData>({
        cwd: dataDir,
        configName: 'settings',
        projectName: 'hwmp',
        clearInvalidConfig: false,
      }),
    ),
    minimumWageStore: fromConf(
      new Conf<MinimumWageData>({
        cwd: dataDir,
        configName: 'minimum-wage',
        projectName: 'hwmp',
        clearInvalidConfig: false,
      }),
    ),
    clipboard,
    shell,
    runtime: {
      appVersion: '0.1.0',
      electron: '45.5.0',
      chrome: '144',
      node: process.versions.node,
      platform: 'test',
    },
    sources: DATA_SOURCES,
    // The list the build generated, as the app reads it.
    licences: bundledLicences(join(import.meta.dirname, '../../out/licences')),
    emit,
    clock,
    vault,
    timerStore: fromConf(
      new Conf<TimerStoreData>({
        cwd: dataDir,
        configName: 'timer',
        projectName: 'hwmp',
        clearInvalidConfig: false,
      }),
    ),
    notifier,
    scheduler,
    log: silentLog,
    faults: new FaultReport(silentLog, clock),
    keyProtection: {
      os: osProtector,
      passphrase: (passphrase) => new PassphraseKeyProtector(passphrase, CHEAP_SCRYPT),
    },
    dialogs,
    userFiles: localUserFiles,
    pdf,
    postalLookup: japanPostLookup,
    windows,
    images,
    desktop,
  })
  notifier.locale = () => services.settings.get().locale
  // As main does: a fault caught at the top reaches every window.
  services.faults.connect((notice) => emit('app', 'fault', notice))
  // As main does on start: re-arm the countdowns persisted in this folder.
  services.timer.restore()
  const dispatch = createDispatcher(contract, createHandlers(services), {
    onUnexpected: (_channel, error) => unexpected.push(error),
  })
  return {
    dataDir,
    machineSecret,
    clock,
    scheduler,
    notifier,
    services,
    dispatch,
    clipboard,
    shell,
    sinks,
    unexpected,
    dialogs,
    pdf,
    windows,
    images,
    desktop,
  }
}

/** The app's `nodeUserFiles` without its Electron import: plain files the test picked. */
const localUserFiles: UserFilePort = {
  write: (path, data) => writeFileAtomic(path, data),
  async read(path, maxBytes) {
    const size = (await stat(path)).size
    if (size > maxBytes) throw new DomainError('invalid-field', '0', 'file too large')
    return readFile(path)
  },
}

/** Image dialog fake: answers with the lists the test queued ([] = cancelled); reads real files. */
export class ScriptedImagePicker implements ImagePickerPort {
  lists: string[][] = []
  asked = 0
  async choose() {
    this.asked++
    return this.lists.shift() ?? []
  }
  async probe(path: string, headBytes: number) {
    const size = (await stat(path)).size
    const head = (await readFile(path)).subarray(0, headBytes)
    return { sizeBytes: size, head: new Uint8Array(head) }
  }
}

/** Window fake: records each compact-window request; a second one focuses the open "window". */
export class RecordingWindows implements WindowPort {
  requests: ('opened' | 'focused')[] = []
  open = false
  async openCompact() {
    const status = this.open ? ('focused' as const) : ('opened' as const)
    this.open = true
    this.requests.push(status)
    return { status }
  }
}

/** PDF fake: a stub PDF file; the options asked for are recorded. */
export class RecordingPdf {
  options: { pageSize: 'A4'; landscape: boolean }[] = []
  async printToPdf(options: { pageSize: 'A4'; landscape: boolean }) {
    this.options.push(options)
    return Buffer.from(`%PDF-1.4\n% test sheet ${options.pageSize}\n%%EOF\n`)
  }
}

/** Dialog fake: answers with the paths the test queued, or "cancelled" when none is queued. */
export class ScriptedDialogs {
  savePaths: string[] = []
  openPaths: string[] = []
  asked: { kind: 'save' | 'open'; defaultName?: string }[] = []
  async chooseSavePath(options: { defaultName: string }) {
    this.asked.push({ kind: 'save', defaultName: options.defaultName })
    return this.savePaths.shift() ?? null
  }
  async chooseOpenPath() {
    this.asked.push({ kind: 'open' })
    return this.openPaths.shift() ?? null
  }
}
