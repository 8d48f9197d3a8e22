import { bareAmount } from '../profile/settle'
import type { JobOfferDraft } from './model'
import { isOption } from './options'
import { parseNumber, parseTime, spanMinutes, workMinutes } from './work-category'

/**
 * Pay converted to an hourly figure the official way (徳島労働局「最低賃金額以上かどうかの確認方法」,
 * the same in the 新潟 and 愛媛 labour bureaus' FAQ):
 * - 時間給: as it is;
 * - 日給: ÷ the daily scheduled hours;
 * - 月給: × 12 ÷ the yearly scheduled hours ((365 − 年間休日) × the daily hours);
 * - 年俸: ÷ 12, then as a monthly wage;
 * - mixed pay: each part with its own formula, then added (the fixed allowances are monthly).
 * The daily hours are those of the shift the wage applies to: the first (就業時間1) minus the break.
 * Left out (最低賃金法施行規則1条): 通勤・家族・精皆勤手当 and 固定残業代, by the kind the user gave each
 * allowance, never by its name; every other monthly allowance counts.
 */

/** A value the conversion needs and could not use: empty, unreadable, or a kind it cannot convert. */
export interface Unread {
  field: string
  value: string
  reason: 'empty' | 'unreadable' | 'unsupported'
}

export const EXCLUDED_ALLOWANCE_KINDS: readonly string[] = [
  'commuting',
  'family',
  'attendance',
  'fixed-overtime',
]

export type HourlyWage =
  | {
      ok: true
      /** With the allowances that count. */
      hourly: number
      /** Also counting allowances whose kind is not given (the most it could be). */
      hourlyWithUnknown: number
      /** The kind fields of allowances whose kind is not given. */
      unknownKinds: string[]
    }
  | { ok: false; unread: Unread[] }

const DAY_YEAR = 365

/** A typed amount in yen (250,000円 and ２５００００ read; 「1,200円〜」 does not). */
export function readAmount(value: string): number | null {
  return parseNumber(bareAmount(value))
}

function read(
  field: string,
  value: string,
  parse: (s: string) => number | null,
  unread: Unread[],
): number | null {
  if (value.trim() === '') {
    unread.push({ field, value, reason: 'empty' })
    return null
  }
  const n = parse(value)
  if (n === null) unread.push({ field, value, reason: 'unreadable' })
  return n
}

/**
 * Minutes of work in a shift (span minus break; shift 1 unless said); unread entries say what is
 * missing, and a break as long as the shift or longer is unreadable.
 */
export function dailyWorkMinutes(
  draft: JobOfferDraft,
  unread: Unread[],
  shift: 1 | 2 | 3 = 1,
): number | null {
  const h = draft.hours
  const start = read(`hours.shift${shift}Start`, h[`shift${shift}Start`], parseTime, unread)
  const end = read(`hours.shift${shift}End`, h[`shift${shift}End`], parseTime, unread)
  const rest = read('hours.breakMinutes', h.breakMinutes, parseNumber, unread)
  if (start === null || end === null || rest === null) return null
  const work = workMinutes(spanMinutes(start, end), rest)
  if (work === null) {
    unread.push({ field: 'hours.breakMinutes', value: h.breakMinutes, reason: 'unreadable' })
  }
  return work
}

/** Scheduled minutes in a year: (365 − 年間休日) × the daily minutes. */
function yearlyMinutes(draft: JobOfferDraft, daily: number, unread: Unread[]): number | null {
  const holidays = read('hours.annualHolidays', draft.hours.annualHolidays, parseNumber, unread)
  if (holidays === null) return null
  if (holidays >= DAY_YEAR) {
    unread.push({
      field: 'hours.annualHolidays',
      value: draft.hours.annualHolidays,
      reason: 'unreadable',
    })
    return null
  }
  return (DAY_YEAR - holidays) * daily
}

/**
 * The hourly figure of the lowest pay an offer states, `base` being the field of the base amount
 * (基本給（下限）, or the trial-period wage).
 */
export function hourlyWage(
  draft: JobOfferDraft,
  base: 'wage.baseMin' | 'job.trialWage',
): HourlyWage {
  const w = draft.wage
  const unread: Unread[] = []
  const type = w.wageType
  if (type === '') unread.push({ field: 'wage.wageType', value: '', reason: 'empty' })
  else if (!['hourly', 'daily', 'monthly', 'annual'].includes(type))
    unread.push({ field: 'wage.wageType', value: type, reason: 'unsupported' })
  const typed = base === 'wage.baseMin' ? w.baseMin : draft.job.trialWage
  const amount = read(base, typed, readAmount, unread)

  // Monthly allowances that count, and those whose kind is unknown.
  let counted = 0
  let unknown = 0
  const unknownKinds: string[] = []
  for (const n of [1, 2, 3, 4] as const) {
    const raw = w[`allowance${n}Amount`]
    if (raw.trim() === '') continue
    const value = read(`wage.allowance${n}Amount`, raw, readAmount, unread)
    if (value === null) continue
    const kind = w[`allowance${n}Kind`]
    if (EXCLUDED_ALLOWANCE_KINDS.includes(kind)) continue
    if (kind === 'other') counted += value
    else if (!isOption('allowanceKind', kind)) {
      unknown += value
      unknownKinds.push(`wage.allowance${n}Kind`)
    }
  }

  const needsDaily = type !== 'hourly' || counted + unknown > 0
  const daily = needsDaily ? dailyWorkMinutes(draft, unread) : null
  const needsYear = type === 'monthly' || type === 'annual' || counted + unknown > 0
  const yearly = needsYear && daily !== null ? yearlyMinutes(draft, daily, unread) : null
  if (unread.length > 0 || amount === null) return { ok: false, unread }

  const yearlyHours = yearly === null ? null : yearly / 60
  let hourlyBase: number
  switch (type) {
    case 'hourly':
      hourlyBase = amount
      break
    case 'daily':
      hourlyBase = amount / ((daily ?? 0) / 60)
      break
    case 'monthly':
      hourlyBase = (amount * 12) / (yearlyHours ?? 1)
      break
    default:
      hourlyBase = amount / (yearlyHours ?? 1)
  }
  const perHour = (monthly: number): number =>
    monthly === 0 || yearlyHours === null ? 0 : (monthly * 12) / yearlyHours
  const hourly = hourlyBase + perHour(counted)
  return { ok: true, hourly, hourlyWithUnknown: hourly + perHour(unknown), unknownKinds }
}
