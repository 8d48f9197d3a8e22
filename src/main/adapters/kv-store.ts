import type Conf from 'conf'
import type { KeyValueStore } from '../services/ports'

/** electron-store is built on conf, so one adapter serves the app (electron-store) and tests (conf). */
export function fromConf<T extends Record<string, unknown>>(conf: Conf<T>): KeyValueStore<T> {
  return {
    get: (key) => conf.get(key),
    set: (key, value) => conf.set(key, value),
  }
}
