import type Conf from 'conf'
import { asDomainError } from '../services/file-errors'
import type { KeyValueStore } from '../services/ports'

/** electron-store is built on conf, so one adapter serves the app (electron-store) and tests (conf). */
export function fromConf<T extends Record<string, unknown>>(conf: Conf<T>): KeyValueStore<T> {
  return {
    get: (key) => {
      try {
        return conf.get(key)
      } catch {
        // The file was damaged while the app runs: a value we cannot read counts as none.
        return undefined
      }
    },
    set: (key, value) => {
      try {
        conf.set(key, value)
      } catch (error) {
        // A full disk or a read-only folder has its own message in the renderer.
        throw asDomainError(error)
      }
    },
  }
}
