/** What services need from the outside world; adapters implement these, tests pass fakes. */

export interface KeyValueStore<T extends Record<string, unknown>> {
  get<K extends keyof T>(key: K): T[K] | undefined
  set<K extends keyof T>(key: K, value: T[K]): void
}

/** Electron's clipboard API is asynchronous from Electron 45 on. */
export interface ClipboardPort {
  readText(): Promise<string>
  writeText(text: string): Promise<void>
}

export interface ShellPort {
  openExternal(url: string): Promise<void>
}

export interface Clock {
  now(): number
}

export const systemClock: Clock = { now: () => Date.now() }

export interface RuntimeInfo {
  appVersion: string
  electron: string
  chrome: string
  node: string
  platform: string
}

/**
 * Encrypted documents by id (the vault). Each area keeps its own documents, named
 * `<profileId>.<kind>` (e.g. `default.profile`, `default.guide`, `default.drafts`).
 * Reading a missing document gives undefined; a locked vault throws DomainError('locked').
 */
export interface DocumentStore {
  read(id: string): Promise<unknown>
  write(id: string, doc: unknown): Promise<void>
}
