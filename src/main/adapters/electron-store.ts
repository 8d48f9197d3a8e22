import { join } from 'node:path'
import { app } from 'electron'
import ElectronStore from 'electron-store'
import type { LogPort } from '../services/ports'
import { fromConf } from './kv-store'
import { openPlainStore, type PlainStore } from './plain-store'

export type { PlainStore } from './plain-store'

/** A plain (non-secret) store: settings, timer deadlines. Unreadable files are kept, never cleared. */
export function createPlainStore<T extends Record<string, unknown>>(
  name: string,
  log: LogPort,
): PlainStore<T> {
  return openPlainStore(
    () => fromConf(new ElectronStore<T>({ name, clearInvalidConfig: false })),
    join(app.getPath('userData'), `${name}.json`),
    log,
  )
}
