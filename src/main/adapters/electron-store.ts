import { existsSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import { app } from 'electron'
import ElectronStore from 'electron-store'
import type { KeyValueStore } from '../services/ports'
import { asideName } from '../services/aside'
import { fromConf } from './kv-store'

export interface PlainStore<T extends Record<string, unknown>> {
  store: KeyValueStore<T>
  /** Set when the old file could not be read and was moved aside instead of being cleared. */
  movedAside?: string
}

/** A plain (non-secret) store: settings, timer deadlines. Unreadable files are kept, never cleared. */
export function createPlainStore<T extends Record<string, unknown>>(name: string): PlainStore<T> {
  try {
    return { store: fromConf(new ElectronStore<T>({ name, clearInvalidConfig: false })) }
  } catch (error) {
    const file = join(app.getPath('userData'), `${name}.json`)
    if (!existsSync(file)) throw error
    const aside = asideName(file, new Date())
    renameSync(file, aside)
    return {
      store: fromConf(new ElectronStore<T>({ name, clearInvalidConfig: false })),
      movedAside: aside,
    }
  }
}
