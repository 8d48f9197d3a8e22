import { compareDates, isPlainDateText, parsePlainDate, type PlainDate } from '../dates'
import { toHalfwidthAscii } from '../profile/chars'
import { parseJobOfferNumber } from '../profile/identifiers'
import type { Acceptance, JobOfferDraft } from './model'
import { offerValidity, type OfferValidity } from './validity'

/**
 * What the record of an accepted offer (受理日, 求人番号, 有効期間延長) says about it today: when it
 * ends and when to prepare the renewal, by `offerValidity` (the one validity function), and which
 * offers end soon (the home screen lists those ending within `ENDING_SOON_DAYS`).
 */

/** The home screen lists offers ending within this many days. */
export const ENDING_SOON_DAYS = 14

/** Accepted days the app takes: offers go through the My Page since 2020. */
export const ACCEPTED_YEARS = { from: 2020, to: 2050 } as const

/** The 受理日 as a date, or null when empty or not a date the app takes. */
export function acceptedOn(acceptance: Acceptance): PlainDate | null {
  if (!isPlainDateText(acceptance.acceptedOn)) return null
  const date = parsePlainDate(acceptance.acceptedOn)
  return date.y >= ACCEPTED_YEARS.from && date.y <= ACCEPTED_YEARS.to ? date : null
}

export type ValidityStatus = 'open' | 'renew' | 'ended'

export interface DraftValidity extends OfferValidity {
  acceptedOn: PlainDate
  extended: boolean
  /** Days from today to the last valid day (0 = ends today; negative = ended). */
  daysLeft: number
  /** 'renew' from the reminder day on, 'ended' after the last day. */
  status: ValidityStatus
}

const dayDiff = (a: PlainDate, b: PlainDate): number => compareDates(a, b)

/** The validity of a draft's accepted offer as of `today` (a Japan date), or null if not accepted. */
export function draftValidity(draft: JobOfferDraft, today: PlainDate): DraftValidity | null {
  const day = acceptedOn(draft.acceptance)
  if (day === null) return null
  const extended = draft.acceptance.extended
  const { validUntil, remindOn } = offerValidity(day, extended)
  const daysLeft = dayDiff(validUntil, today)
  const status: ValidityStatus =
    daysLeft < 0 ? 'ended' : dayDiff(today, remindOn) >= 0 ? 'renew' : 'open'
  return { acceptedOn: day, extended, validUntil, remindOn, daysLeft, status }
}

export interface EndingSoon<T> {
  offer: T
  /** Its last valid day. */
  validUntil: PlainDate
  /** Days from today to that day (0 = ends today). */
  daysLeft: number
}

/**
 * Offers still open that end within `days` (ending today included), soonest first, from their last
 * valid day as the summaries keep it ('YYYY-MM-DD'; anything else throws, never skipped).
 */
export function offersEndingSoon<T extends { validUntil: string }>(
  offers: readonly T[],
  today: PlainDate,
  days: number = ENDING_SOON_DAYS,
): EndingSoon<T>[] {
  return offers
    .flatMap((offer) => {
      const validUntil = parsePlainDate(offer.validUntil)
      const daysLeft = dayDiff(validUntil, today)
      return daysLeft >= 0 && daysLeft <= days ? [{ offer, validUntil, daysLeft }] : []
    })
    .sort((a, b) => a.daysLeft - b.daysLeft)
}

/** 求人番号 as typed, settled: half-width, no spaces; 13 bare digits get their hyphen. */
export function settleOfferNumber(value: string): string {
  const bare = toHalfwidthAscii(value.replace(/\s/g, ''))
  return parseJobOfferNumber(bare) ?? bare
}

/** True for '' (not recorded yet) or a 求人番号 in the 5-digit – up-to-8-digit form (3P). */
export function isOfferNumber(value: string): boolean {
  return value === '' || parseJobOfferNumber(value) === value
}
