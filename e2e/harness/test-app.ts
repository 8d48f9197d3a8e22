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
import type { ClipboardPort, ShellPort } from '../../src/main/services/ports'
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

export type EventSink = (channel: string, payload: unknown) => void

/**
 * The real main-process services on a data folder, with only the Electron adapters swapped:
 * conf (what electron-store is built on) for the stores, recorders for clipboard and shell.
 * A "restart" is `createTestApp(sameDataDir)`: new services reading the same files.
 */
export interface TestApp {
  dataDir: string
  services: Services
  dispatch: Dispatch
  clipboard: RecordingClipboard
  shell: RecordingShell
  /** Pages listening to main's events. */
  sinks: Set<EventSink>
  unexpected: unknown[]
}

export function createTestApp(dataDir = mkdtempSync(join(tmpdir(), 'hwmp-e2e-'))): TestApp {
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
  })
  const dispatch = createDispatcher(contract, createHandlers(services), {
    onUnexpected: (_channel, error) => unexpected.push(error),
  })
  return { dataDir, services, dispatch, clipboard, shell, sinks, unexpected }
}
