import type { Clock, LogFields, LogPort } from './ports'

/** Where log lines go: a rotating file in the app, an array in tests. */
export interface LogSink {
  write(line: string): void
}

export interface LogOptions {
  /** The user's home folder: written as `~` wherever it appears. */
  home: string
  clock: Clock
  /** Windows and macOS file systems ignore case, so `C:\users\…` is the home folder too. */
  ignoreCase?: boolean
}

const EVENT = /^[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*$/
const FIELD = /^[a-zA-Z][a-zA-Z0-9]{0,39}$/
/** Enough for a code, a channel name or a few stack frames; nothing longer is ever written. */
const MAX_VALUE = 400
const MAX_FIELDS = 20

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Replaces the home folder with `~`, written with either slash (Windows paths reach us both ways,
 * and JSON doubles each backslash, so the escaped form is covered too).
 */
export function scrubHome(text: string, home: string, ignoreCase = false): string {
  const trimmed = home.replace(/[\\/]+$/, '')
  if (trimmed.length < 2) return text
  const parts = trimmed.split(/[\\/]+/).map(escapeRegExp)
  const pattern = new RegExp(parts.join('(?:\\\\{1,2}|/)'), ignoreCase ? 'gi' : 'g')
  return text.replace(pattern, '~')
}

/**
 * What may be told about an error: its kind and system code, and where in our code it happened.
 * Never its message, which can hold a path, a file's contents or a value the user typed.
 */
export function errorFields(error: unknown): LogFields {
  if (!(error instanceof Error)) return { errorType: typeof error }
  const fields: LogFields = { errorName: error.name.slice(0, 60) }
  const record = error as Error & { code?: unknown; errno?: unknown; syscall?: unknown }
  if (typeof record.code === 'string' && /^[A-Za-z0-9_-]{1,40}$/.test(record.code)) {
    fields['code'] = record.code
  }
  if (typeof record.errno === 'number') fields['errno'] = record.errno
  if (typeof record.syscall === 'string' && /^[a-z_]{1,30}$/.test(record.syscall)) {
    fields['syscall'] = record.syscall
  }
  // The first stack line repeats the message: keep only the frames ("at fn (file:line:col)").
  const frames = (error.stack ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('at '))
    .slice(0, 6)
  if (frames.length > 0) fields['frames'] = frames.join(' | ')
  return fields
}

/**
 * The support log: one JSON object per line (time, level, event and the caller's fields). Field
 * names and event names are checked; string values are cut short and have the home folder
 * replaced by `~`. Writing never throws: a full disk must not stop the app for its log.
 */
export function createLog(sink: LogSink, options: LogOptions): LogPort {
  const clean = (value: string) =>
    scrubHome(value, options.home, options.ignoreCase).slice(0, MAX_VALUE)
  const write = (level: 'info' | 'warn' | 'error', event: string, fields: LogFields = {}) => {
    const line: Record<string, string | number | boolean | null> = {
      time: new Date(options.clock.now()).toISOString(),
      level,
      event: EVENT.test(event) ? event : 'unnamed-event',
    }
    for (const [key, value] of Object.entries(fields).slice(0, MAX_FIELDS)) {
      if (!FIELD.test(key) || key in line) continue
      if (typeof value === 'string') line[key] = clean(value)
      else if (typeof value === 'number') line[key] = Number.isFinite(value) ? value : null
      else if (typeof value === 'boolean' || value === null) line[key] = value
    }
    try {
      sink.write(`${JSON.stringify(line)}\n`)
    } catch {
      // Nowhere left to report it: the log is a help, never a reason to fail.
    }
  }
  return {
    info: (event, fields) => write('info', event, fields),
    warn: (event, fields) => write('warn', event, fields),
    error: (event, fields) => write('error', event, fields),
  }
}
