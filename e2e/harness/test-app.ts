import { randomBytes } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Conf from 'conf'
import { contract, type Emit } from '@shared/contract'
import { channelName } from '@shared/ipc/define'
import { DATA_SOURCES, LICENCES } from '@shared/reference-data'
import { fromConf } from '../../src/main/adapters/kv-store'
import { createDispatcher, type Dispatch } from '../../src/main/services/dispatcher'
import { createHandlers, createServices, type Services } from '../../src/main/services'
import type { ClipboardPort, Clock, ShellPort } from '../../src/main/services/ports'
import { NodeVaultFiles } from '../../src/main/adapters/vault-fs'
import { StaticKeyProtector, VaultStore } from '../../src/main/services/vault'
import { CHEAP_SCRYPT } from '../../src/main/services/vault/testing'
import type { SettingsData } from '../../src/main/services/settings-service'

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
  services: Services
  dispatch: Dispatch
  clipboard: RecordingClipboard
  shell: RecordingShell
  /** Pages listening to main's events. */
  sinks: Set<EventSink>
  unexpected: unknown[]
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
}

export async function createTestApp(
  dataDir = mkdtempSync(join(tmpdir(), 'hwmp-e2e-')),
  options: TestAppOptions = {},
): Promise<TestApp> {
  const machineSecret = options.machineSecret ?? MACHINE_SECRETS.get(dataDir) ?? randomBytes(32)
  MACHINE_SECRETS.set(dataDir, machineSecret)
  const clock = options.clock ?? new TestClock()
  const vault = new VaultStore({
    files: new NodeVaultFiles(join(dataDir, 'vault')),
    protector: new StaticKeyProtector(machineSecret),
    clock,
    exportKdf: CHEAP_SCRYPT,
  })
  await vault.open()
  const clipboard = new RecordingClipboard()
  const shell = new RecordingShell()
  const sinks = new Set<EventSink>()
  const unexpected: unknown[] = []
  const emit: Emit = (area, name, payload) => {
    for (const sink of sinks) sink(channelName(area, name), payload)
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
    licences: LICENCES,
    emit,
    clock,
    vault,
  })
  const dispatch = createDispatcher(contract, createHandlers(services), {
    onUnexpected: (_channel, error) => unexpected.push(error),
  })
  return { dataDir, machineSecret, clock, services, dispatch, clipboard, shell, sinks, unexpected }
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
