import * as v from 'valibot'
import { formatPlainDate, isPlainDateText, type PlainDate } from '../dates'
import type { FactCertainty } from '../fact'
import { MINIMUM_WAGE_HORIZON, MINIMUM_WAGES, PREFECTURES } from '../minimum-wage'

/**
 * Which 地域別最低賃金 is in force where and when: the table of `shared/minimum-wage.ts` plus the
 * current rates the user entered (app-wide: a prefecture's rate is the same for every
 * establishment). An entered rate is used from its 発効日 on and, on the same day, wins over the
 * table (the user read it after the table was made).
 */

/** Entered rates outside these bounds are typing mistakes, not rates. */
export const ENTERED_RATE_MIN = 500
export const ENTERED_RATE_MAX = 5000
export const ENTERED_RATE_FIRST_DAY = '2024-10-01'
export const ENTERED_RATE_LAST_DAY = '2099-12-31'
/** Several years of rates for every prefecture, and a bound against hostile input. */
export const ENTERED_RATES_MAX = 200

const isoDay = v.pipe(
  v.string(),
  v.check(isPlainDateText, 'not a YYYY-MM-DD calendar date'),
  v.check((s) => s >= ENTERED_RATE_FIRST_DAY && s <= ENTERED_RATE_LAST_DAY, 'out of range'),
)

export const EnteredRateSchema = v.strictObject({
  prefecture: v.picklist(PREFECTURES as [string, ...string[]]),
  amount: v.pipe(
    v.number(),
    v.integer(),
    v.minValue(ENTERED_RATE_MIN),
    v.maxValue(ENTERED_RATE_MAX),
  ),
  effectiveFrom: isoDay,
})
export type EnteredRate = v.InferOutput<typeof EnteredRateSchema>

/** Which entered rate to remove: one per prefecture and 発効日. */
export const EnteredRateKeySchema = v.strictObject({
  prefecture: v.picklist(PREFECTURES as [string, ...string[]]),
  effectiveFrom: isoDay,
})
export type EnteredRateKey = v.InferOutput<typeof EnteredRateKeySchema>

/** What `minwage:list` and its changes answer. */
export interface EnteredRatesView {
  rates: EnteredRate[]
  /** Stored entries that could not be read were kept aside, not used and not deleted. */
  keptAside: number
}

/** The prefecture named in an address (全角/半角, with or without 都・府・県), or null. */
export function prefectureOf(text: string): string | null {
  const s = text.normalize('NFKC').replace(/\s/g, '')
  if (s === '') return null
  const exact = PREFECTURES.find((p) => p === s)
  if (exact) return exact
  // 東京 → 東京都, 大阪 → 大阪府, 新潟 → 新潟県; 北海道 is written whole.
  return PREFECTURES.find((p) => /[都府県]$/.test(p) && p.slice(0, -1) === s) ?? null
}

export interface RateInForce {
  prefecture: string
  amount: number
  effectiveFrom: string
  origin: 'table' | 'entered'
  /** Fiscal year of a table rate. */
  fy?: 2024 | 2025
  certainty: FactCertainty | 'entered'
  confirmedBy?: string
}

function candidates(prefecture: string, entered: readonly EnteredRate[]): RateInForce[] {
  const table = MINIMUM_WAGES.find((p) => p.prefecture === prefecture)
  const fromTable: RateInForce[] = (table?.rates ?? []).map((r) => ({
    prefecture,
    amount: r.amount,
    effectiveFrom: r.effectiveFrom,
    origin: 'table',
    fy: r.fy,
    certainty: r.certainty,
    ...(r.confirmedBy ? { confirmedBy: r.confirmedBy } : {}),
  }))
  const fromUser: RateInForce[] = entered
    .filter((r) => r.prefecture === prefecture)
    .map((r) => ({
      prefecture,
      amount: r.amount,
      effectiveFrom: r.effectiveFrom,
      origin: 'entered',
      certainty: 'entered',
    }))
  // Oldest first; on the same day the entered rate comes last, so it wins.
  return [...fromTable, ...fromUser].sort(
    (a, b) =>
      a.effectiveFrom.localeCompare(b.effectiveFrom) ||
      (a.origin === b.origin ? 0 : a.origin === 'entered' ? 1 : -1),
  )
}

export interface RateLookup {
  /** The rate in force on the day; null before the table's first 発効日. */
  rate: RateInForce | null
  /**
   * The day is past the table's horizon and no rate was entered for a later period: the rate
   * is only a floor, the current one may be higher.
   */
  floorOnly: boolean
}

/** The 地域別最低賃金 of a prefecture in force on a Japan date. */
export function rateOn(
  prefecture: string,
  on: PlainDate,
  entered: readonly EnteredRate[] = [],
): RateLookup {
  const day = formatPlainDate(on)
  const all = candidates(prefecture, entered)
  const inForce = all.filter((r) => r.effectiveFrom <= day).at(-1) ?? null
  const known = all.some((r) => r.origin === 'entered' && r.effectiveFrom > MINIMUM_WAGE_HORIZON)
  return { rate: inForce, floorOnly: day > MINIMUM_WAGE_HORIZON && !known }
}

/** Rates that take effect after `after` and on or before `until`, oldest first. */
export function ratesTakingEffect(
  prefecture: string,
  after: PlainDate,
  until: PlainDate,
  entered: readonly EnteredRate[] = [],
): RateInForce[] {
  const from = formatPlainDate(after)
  const to = formatPlainDate(until)
  const all = candidates(prefecture, entered)
  // A day with both a table and an entered rate counts once, as the entered one.
  const byDay = new Map(all.map((r) => [r.effectiveFrom, r]))
  return [...byDay.values()].filter((r) => r.effectiveFrom > from && r.effectiveFrom <= to)
}
