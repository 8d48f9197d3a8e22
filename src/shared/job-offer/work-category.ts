import { toHalfwidthAscii } from '../profile/chars'
import type { JobOfferDraft } from './model'
import type { WorkCategory } from './options'

/**
 * Full- vs part-time (求人区分) follows working hours, not the contract type (V, domain-notes).
 * The rule (パートタイム・有期雇用労働法 第2条, as Hello Work applies it): an offer is パート when its
 * weekly 所定労働時間 is SHORTER than that of the establishment's usual full-time workers
 * (通常の労働者); otherwise フルタイム. When the establishment's full-time hours are not known we
 * assume 40 h, the statutory maximum (労働基準法 第32条), and say so. A mismatch only warns: the
 * user may know better (e.g. a full-time schedule of 37.5 h), and Hello Work decides in the end.
 */

export const ASSUMED_FULL_TIME_WEEKLY_HOURS = 40

/** A number as typed: half/full-width digits, an optional decimal part; null otherwise. */
export function parseNumber(value: string): number | null {
  const s = toHalfwidthAscii(value).replace(/[\s,]/g, '')
  return /^\d+(?:\.\d+)?$/.test(s) ? Number(s) : null
}

/** 'HH:MM' (also ８：３０, 8時30分) → minutes after midnight; null otherwise. */
export function parseTime(value: string): number | null {
  const s = toHalfwidthAscii(value).replace(/\s/g, '')
  const m = /^(\d{1,2})(?::|：|時)(\d{2})分?$/.exec(s)
  if (!m) return null
  const h = Number(m[1])
  const min = Number(m[2])
  return h <= 47 && min < 60 ? h * 60 + min : null
}

/** Length of a shift in minutes from its start and end (an end before the start is past midnight). */
export function spanMinutes(start: number, end: number): number {
  return end > start ? end - start : end + 24 * 60 - start
}

/**
 * Minutes of work in a shift: its length minus the break. Null when the break is as long as the
 * shift or longer: that is a typing mistake, not a shift with no work.
 */
export function workMinutes(span: number, breakMinutes: number): number | null {
  const work = span - breakMinutes
  return work > 0 ? work : null
}

/** Length of a shift in minutes, as typed. */
export function shiftMinutes(start: string, end: string): number | null {
  const a = parseTime(start)
  const b = parseTime(end)
  if (a === null || b === null) return null
  return spanMinutes(a, b)
}

/**
 * The draft's weekly hours: 週所定労働時間 when typed; otherwise estimated as
 * (就業時間1 − 休憩) × 週所定労働日数 (no break typed: none). Null when neither can be read, or the
 * break is as long as the shift or longer.
 */
export function weeklyHoursOf(draft: JobOfferDraft): number | null {
  const h = draft.hours
  const typed = parseNumber(h.weeklyHours)
  if (typed !== null) return typed
  const shift = shiftMinutes(h.shift1Start, h.shift1End)
  const days = parseNumber(h.weeklyDays)
  if (shift === null || days === null) return null
  const work = workMinutes(shift, parseNumber(h.breakMinutes) ?? 0)
  return work === null ? null : (work * days) / 60
}

export interface WorkCategoryJudgement {
  /** null when the weekly hours cannot be read from the draft. */
  derived: WorkCategory | null
  weeklyHours: number | null
  fullTimeWeeklyHours: number
  /** True when the full-time hours were not given and 40 was assumed. */
  assumed: boolean
}

/** The 求人区分 the hours call for. */
export function deriveWorkCategory(
  weeklyHours: number,
  fullTimeWeeklyHours: number = ASSUMED_FULL_TIME_WEEKLY_HOURS,
): WorkCategory {
  return weeklyHours < fullTimeWeeklyHours ? 'part-time' : 'full-time'
}

export function judgeWorkCategory(draft: JobOfferDraft): WorkCategoryJudgement {
  const given = parseNumber(draft.hours.fullTimeWeeklyHours)
  const fullTimeWeeklyHours = given ?? ASSUMED_FULL_TIME_WEEKLY_HOURS
  const weeklyHours = weeklyHoursOf(draft)
  return {
    derived: weeklyHours === null ? null : deriveWorkCategory(weeklyHours, fullTimeWeeklyHours),
    weeklyHours,
    fullTimeWeeklyHours,
    assumed: given === null,
  }
}
