import { existsSync, renameSync } from 'node:fs'
import type { KeyValueStore, LogPort } from '../services/ports'
import { asideName } from '../services/aside'
import { errnoCode } from '../services/file-errors'

export interface PlainStore<T extends Record<string, unknown>> {
  store: KeyValueStore<T>
  /** Set when the old file could not be read and was moved aside instead of being cleared. */
  movedAside?: string
  /** Set when no file could be used at all: this run keeps the values in memory only. */
  problem?: string
}

/** Values held for this run only: what the app falls back to when its folder cannot be used. */
export function memoryStore<T extends Record<string, unknown>>(): KeyValueStore<T> {
  const values = new Map<keyof T, unknown>()
  return {
    get: (key) => values.get(key) as T[typeof key] | undefined,
    set: (key, value) => void values.set(key, value),
  }
}

export interface PlainFiles {
  exists(path: string): boolean
  rename(from: string, to: string): void
}

const nodeFiles: PlainFiles = { exists: existsSync, rename: renameSync }

/**
 * Opens a plain (non-secret) store: settings, timer deadlines. A file that does not parse is moved
 * aside, never cleared. A folder that cannot be read or written at all (read-only, locked by
 * antivirus or a sync client) must not stop the app: this run then keeps the values in memory.
 */
export function openPlainStore<T extends Record<string, unknown>>(
  open: () => KeyValueStore<T>,
  file: string,
  log: LogPort,
  files: PlainFiles = nodeFiles,
  now: () => Date = () => new Date(),
): PlainStore<T> {
  try {
    return { store: open() }
  } catch (error) {
    const code = errnoCode(error)
    if (code !== undefined && code !== 'ENOENT') {
      log.warn('store.unavailable', { code })
      return { store: memoryStore<T>(), problem: code }
    }
  }
  try {
    if (!files.exists(file)) throw new Error('store could not be opened')
    const aside = asideName(file, now())
    files.rename(file, aside)
    log.warn('store.moved-aside', {})
    return { store: open(), movedAside: aside }
  } catch (error) {
    const problem = errnoCode(error) ?? 'unreadable'
    log.warn('store.unavailable', { code: problem })
    return { store: memoryStore<T>(), problem }
  }
}
