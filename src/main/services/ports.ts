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
 * Encrypted documents by id: the vault (`services/vault`). Each area keeps its own documents, named
 * by `documentId(profileId, kind)` from `@shared/profiles`. A missing document throws
 * DomainError('not-found'); a locked vault DomainError('locked').
 */
export interface DocumentStore {
  read(id: string): Promise<{
    doc: unknown
    savedAt: number
    recovered: boolean
    from?: string
    movedAside?: string[]
  }>
  write(id: string, doc: unknown): Promise<{ movedAside: string[] }>
}

export interface FileFilter {
  name: string
  extensions: string[]
}

/** Native open/save dialogs: the user picks every path; the renderer never names a file. */
export interface FileDialogPort {
  chooseSavePath(options: { defaultName: string; filters: FileFilter[] }): Promise<string | null>
  chooseOpenPath(options: { filters: FileFilter[] }): Promise<string | null>
}

/** Reads and writes files the user chose in a dialog. */
export interface UserFilePort {
  write(path: string, data: Buffer): Promise<void>
  /** Refuses files larger than maxBytes (DomainError 'invalid-field') instead of reading them. */
  read(path: string, maxBytes: number): Promise<Buffer>
}

/** Renders the main window's current page to a PDF (Electron's printToPDF). */
export interface PdfPort {
  printToPdf(options: { pageSize: 'A4'; landscape: boolean }): Promise<Buffer>
}

/**
 * Establishment screen 6: the user picks image files in an open dialog (several at once; [] when
 * cancelled); main then reads only each file's size and first bytes, never the image itself.
 */
export interface ImagePickerPort {
  choose(filters: FileFilter[]): Promise<string[]>
  probe(path: string, headBytes: number): Promise<{ sizeBytes: number; head: Uint8Array }>
}

/** The compact always-on-top copy panel: one instance, focused when asked again. */
export interface WindowPort {
  openCompact(): Promise<{ status: 'opened' | 'focused' }>
}

/** Facts a log line may carry: codes, counts, channel and event names. Never a value the user typed. */
export type LogFields = Record<string, string | number | boolean | null>

/**
 * The support log. Callers pass an event name and non-personal fields only (an error's `code` and
 * `name`, never its message, which can hold paths or typed values); the adapter adds time and
 * versions and scrubs what slips through (the home folder).
 */
export interface LogPort {
  info(event: string, fields?: LogFields): void
  warn(event: string, fields?: LogFields): void
  error(event: string, fields?: LogFields): void
}

/** Until the app writes its own log file: the console, which the OS keeps for packaged apps too. */
export const consoleLog: LogPort = {
  info: (event, fields) => console.info(`[${event}]`, fields ?? {}),
  warn: (event, fields) => console.warn(`[${event}]`, fields ?? {}),
  error: (event, fields) => console.error(`[${event}]`, fields ?? {}),
}
