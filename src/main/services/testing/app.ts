import { randomBytes } from 'node:crypto'
import { contract } from '@shared/contract'
import { DATA_SOURCES } from '@shared/reference-data'
import { createDispatcher, type Dispatch } from '../dispatcher'
import { FaultReport } from '../fault-report'
import { createHandlers, createServices, type Services } from '../index'
import type { FileDialogPort, KeyValueStore, UserFilePort } from '../ports'
import type { PostalLookup } from '../postal-service'
import type { MinimumWageData } from '../minimum-wage-service'
import type { SettingsData } from '../settings-service'
import { FakeTime, MemoryStore, silentLog } from '../timer/testing/fakes'
import { MemoryVaultFiles } from '../vault/testing/memory-vault-files'
import { PassphraseKeyProtector, VaultStore, type VaultFiles } from '../vault'
import { StaticKeyProtector } from '../vault/testing/static-key-protector'
import { CHEAP_SCRYPT } from '../vault/testing/helpers'
import { DomainError } from '@shared/ipc/result'
import { fakeDesktopPorts } from './desktop'

/** Test-only: every service on in-memory fakes, behind the real dispatcher. */

export class MapStore<T extends Record<string, unknown>> implements KeyValueStore<T> {
  readonly data = new Map<keyof T, unknown>()
  get<K extends keyof T>(key: K): T[K] | undefined {
    return this.data.get(key) as T[K] | undefined
  }
  set<K extends keyof T>(key: K, value: T[K]): void {
    this.data.set(key, value)
  }
}

/** Dialogs answering from queues ("cancelled" when empty), files held in a map. */
export class FakeDesk implements FileDialogPort, UserFilePort {
  savePaths: string[] = []
  openPaths: string[] = []
  readonly written = new Map<string, Buffer>()
  async chooseSavePath() {
    return this.savePaths.shift() ?? null
  }
  async chooseOpenPath() {
    return this.openPaths.shift() ?? null
  }

  async write(path: string, data: Buffer) {
    this.written.set(path, Buffer.from(data))
  }
  async read(path: string, maxBytes: number) {
    const data = this.written.get(path)
    if (data === undefined) throw new Error(`ENOENT: ${path}`)
    if (data.length > maxBytes) throw new DomainError('invalid-field', '0', 'file too large')
    return Buffer.from(data)
  }
}

export const FAKE_POSTAL: Record<
  string,
  Array<{ prefecture: string; city: string; town: string }>
> = {
  '1040061': [{ prefecture: '東京都', city: '中央区', town: '銀座' }],
  '4520961': [
    { prefecture: '愛知県', city: '清須市', town: '春日振形' },
    { prefecture: '愛知県', city: '清須市', town: '春日夢の森' },
    { prefecture: '愛知県', city: '清須市', town: '春日夢の森' },
  ],
}

export interface UnitApp {
  services: Services
  dispatch: Dispatch
  vault: VaultStore
  files: VaultFiles
  desk: FakeDesk
  machineSecret: Buffer
  unexpected: unknown[]
  /** What reached the OS: the clipboard's text and the links opened. */
  outside: { clipboard: string; opened: string[] }
  /** The settings and timer files, in memory. */
  stores: { settings: MapStore<SettingsData>; timer: MemoryStore }
}

export interface UnitAppOptions {
  files?: VaultFiles
  machineSecret?: Buffer
  weakOs?: boolean
  desk?: FakeDesk
  postal?: PostalLookup
  /** The settings and timer files of an earlier app (a restart keeps them). */
  stores?: UnitApp['stores']
}

export async function createUnitApp(options: UnitAppOptions = {}): Promise<UnitApp> {
  const files = options.files ?? new MemoryVaultFiles()
  const machineSecret = options.machineSecret ?? randomBytes(32)
  const desk = options.desk ?? new FakeDesk()
  const time = new FakeTime(Date.parse('2026-11-26T10:00:00Z'))
  const os = new StaticKeyProtector(machineSecret, {
    available: true,
    weak: options.weakOs ?? false,
    backend: options.weakOs ? 'basic_text' : 'static',
  })
  const vault = new VaultStore({ files, protector: os, clock: time, exportKdf: CHEAP_SCRYPT })
  await vault.open()
  const outside = { clipboard: '', opened: [] as string[] }
  const stores = options.stores ?? {
    settings: new MapStore<SettingsData>(),
    timer: new MemoryStore(),
  }
  const services = createServices({
    settingsStore: stores.settings,
    minimumWageStore: new MapStore<MinimumWageData>(),
    clipboard: {
      readText: async () => outside.clipboard,
      writeText: async (text) => void (outside.clipboard = text),
    },
    shell: { openExternal: async (url) => void outside.opened.push(url) },
    runtime: { appVersion: '0.0.0', electron: '', chrome: '', node: '', platform: 'test' },
    sources: DATA_SOURCES,
    licences: () => [],
    emit: () => undefined,
    clock: time,
    vault,
    timerStore: stores.timer,
    notifier: { notify: () => undefined },
    scheduler: time,
    log: silentLog,
    faults: new FaultReport(silentLog, time),
    keyProtection: {
      os,
      passphrase: (passphrase) => new PassphraseKeyProtector(passphrase, CHEAP_SCRYPT),
    },
    dialogs: desk,
    userFiles: desk,
    pdf: { printToPdf: async () => Buffer.from('%PDF-1.7 fake') },
    postalLookup: options.postal ?? ((digits) => FAKE_POSTAL[digits] ?? []),
    windows: { openCompact: async () => ({ status: 'opened' }) },
    desktop: fakeDesktopPorts(),
    images: {
      choose: async () => [],
      probe: async () => ({ sizeBytes: 0, head: new Uint8Array() }),
    },
  })
  const unexpected: unknown[] = []
  const dispatch = createDispatcher(contract, createHandlers(services), {
    onUnexpected: (_channel, error) => unexpected.push(error),
  })
  return { services, dispatch, vault, files, desk, machineSecret, unexpected, outside, stores }
}
