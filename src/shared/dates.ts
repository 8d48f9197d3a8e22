/**
 * Japan-time calendar. Dates are plain `{ y, m, d }` (m is 1–12) and instants are epoch ms; the two
 * meet only through a fixed +09:00 offset (Japan has no DST) and UTC methods, so the machine's time
 * zone can never shift a day.
 */
export interface PlainDate {
  readonly y: number
  readonly m: number
  readonly d: number
}

export const JST_OFFSET_MS = 9 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000

/** Days in a month of the Gregorian calendar (month 1–12). */
function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31
}

export function isValidPlainDate(date: PlainDate): boolean {
  const { y, m, d } = date
  if (![y, m, d].every(Number.isInteger) || m < 1 || m > 12 || d < 1) return false
  return d <= daysInMonth(y, m)
}

const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})$/

export function plainDate(y: number, m: number, d: number): PlainDate {
  const date = { y, m, d }
  if (!isValidPlainDate(date)) throw new RangeError(`Not a calendar date: ${y}-${m}-${d}`)
  return date
}

/** Parses 'YYYY-MM-DD'; throws on anything else. */
export function parsePlainDate(text: string): PlainDate {
  const match = DATE_TEXT.exec(text)
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${text}`)
  return plainDate(Number(match[1]), Number(match[2]), Number(match[3]))
}

/** True when the text is a real calendar day written 'YYYY-MM-DD' (what `parsePlainDate` takes). */
export function isPlainDateText(text: string): boolean {
  // Read at every start for each date of the establishment index (hundreds of them): digits read
  // in place, with no match object, exception or Date.
  if (text.length !== 10 || text[4] !== '-' || text[7] !== '-') return false
  const y = digitsAt(text, 0, 4)
  const m = digitsAt(text, 5, 2)
  const d = digitsAt(text, 8, 2)
  return y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)
}

/** The number written by `length` ASCII digits from `start`; -1 when one is not a digit. */
function digitsAt(text: string, start: number, length: number): number {
  let n = 0
  for (let i = start; i < start + length; i++) {
    const c = text.charCodeAt(i) - 48
    if (c < 0 || c > 9) return -1
    n = n * 10 + c
  }
  return n
}

export function formatPlainDate(date: PlainDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0')
  return `${pad(date.y, 4)}-${pad(date.m, 2)}-${pad(date.d, 2)}`
}

/** Days since 1970-01-01 (the calendar's arithmetic runs on this). */
function dayNumber(date: PlainDate): number {
  return Date.UTC(date.y, date.m - 1, date.d) / DAY_MS
}

function fromDayNumber(n: number): PlainDate {
  const utc = new Date(n * DAY_MS)
  return { y: utc.getUTCFullYear(), m: utc.getUTCMonth() + 1, d: utc.getUTCDate() }
}

export function addDays(date: PlainDate, days: number): PlainDate {
  return fromDayNumber(dayNumber(date) + days)
}

/** Negative when a is earlier, 0 when the same day, positive when later. */
export function compareDates(a: PlainDate, b: PlainDate): number {
  return dayNumber(a) - dayNumber(b)
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: PlainDate): number {
  return new Date(dayNumber(date) * DAY_MS).getUTCDay()
}

/** The date in Japan at this instant. */
export function jstDateOf(instant: number): PlainDate {
  return fromDayNumber(Math.floor((instant + JST_OFFSET_MS) / DAY_MS))
}

/** Minutes since midnight in Japan at this instant. */
export function jstMinutesOf(instant: number): number {
  const msIntoDay = (((instant + JST_OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS
  return Math.floor(msIntoDay / 60_000)
}

/** The instant of a Japan wall-clock time on a date. */
export function jstInstant(date: PlainDate, hour = 0, minute = 0): number {
  return dayNumber(date) * DAY_MS + (hour * 60 + minute) * 60_000 - JST_OFFSET_MS
}

/** The last day of the month `months` after the month of `date` (0 = the same month). */
export function endOfMonthAfter(date: PlainDate, months: number): PlainDate {
  const monthIndex = date.y * 12 + (date.m - 1) + months
  const y = Math.floor(monthIndex / 12)
  const m = monthIndex - y * 12 + 1
  return { y, m, d: new Date(Date.UTC(y, m, 0)).getUTCDate() }
}
