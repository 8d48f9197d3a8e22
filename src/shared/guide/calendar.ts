import { HOLIDAYS } from './holidays'
import { type PlainDate, formatPlainDate, addDays, weekday } from '../dates'
import { HON_TOROKU_RULE } from './hon-toroku'

// ---------------------------------------------------------------------------------------------
// Holidays and closed days

export interface HolidayInfo {
  /** e.g. 'こどもの日 振替休日', '休日' (国民の休日). */
  name: string
  nameEn: string
}

export function holidayOf(date: PlainDate): HolidayInfo | undefined {
  const holiday = HOLIDAYS.get(formatPlainDate(date))
  return holiday && { name: holiday.name, nameEn: holiday.name_en }
}

/** A national holiday under 国民の祝日に関する法律, including 振替休日 and 国民の休日. */
export function isNationalHoliday(date: PlainDate): boolean {
  return HOLIDAYS.has(formatPlainDate(date))
}

/**
 * Holidays further ahead than next year are predictions: the equinox days are fixed each February
 * for the following year, and the law itself can change. `today` is a Japan date.
 */
export function isPredictedHoliday(date: PlainDate, today: PlainDate): boolean {
  return isNationalHoliday(date) && date.y > today.y + 1
}

/** 12/29–1/3 (行政機関の休日に関する法律 art. 1). */
export function isYearEndBreak(date: PlainDate): boolean {
  return (date.m === 12 && date.d >= 29) || (date.m === 1 && date.d <= 3)
}

export type ClosedReason = 'saturday' | 'sunday' | 'holiday' | 'year-end'

/**
 * Why government offices (and so Hello Work) are closed on this day, or undefined when open.
 * The year-end break wins over a holiday (1/1) or weekend so the UI names the longer closure.
 */
export function closedReason(date: PlainDate): ClosedReason | undefined {
  if (isYearEndBreak(date)) return 'year-end'
  if (isNationalHoliday(date)) return 'holiday'
  const day = weekday(date)
  if (day === 0) return 'sunday'
  if (day === 6) return 'saturday'
  return undefined
}

export function isClosedDay(date: PlainDate): boolean {
  return closedReason(date) !== undefined
}

// The longest closure is the year-end break plus weekends (at most 10 days); 60 is a safe bound.
const SEARCH_LIMIT_DAYS = 60

/** The last open day strictly before `date`. */
export function previousOpenDay(date: PlainDate): PlainDate {
  return stepToOpenDay(date, -1)
}

/** The first open day strictly after `date`. */
export function nextOpenDay(date: PlainDate): PlainDate {
  return stepToOpenDay(date, 1)
}

function stepToOpenDay(date: PlainDate, direction: 1 | -1): PlainDate {
  let candidate = date
  for (let i = 0; i < SEARCH_LIMIT_DAYS; i++) {
    candidate = addDays(candidate, direction)
    if (!isClosedDay(candidate)) return candidate
  }
  throw new RangeError(`No open day within ${SEARCH_LIMIT_DAYS} days of ${formatPlainDate(date)}`)
}

export interface RegistrationDeadline {
  /** The last day to complete 本登録. */
  deadline: PlainDate
  /** 仮登録 day + 14, before moving off a closed day. */
  nominal: PlainDate
  /** Why the nominal day was closed, when the deadline moved. */
  movedBecause?: ClosedReason
}

/** The 本登録 deadline for a 仮登録 on this (Japan) date. */
export function registrationDeadline(kariTorokuDate: PlainDate): RegistrationDeadline {
  const nominal = addDays(kariTorokuDate, HON_TOROKU_RULE.days)
  const reason = closedReason(nominal)
  if (reason === undefined) return { deadline: nominal, nominal }
  return { deadline: previousOpenDay(nominal), nominal, movedBecause: reason }
}
