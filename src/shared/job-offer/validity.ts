import { addDays, endOfMonthAfter, type PlainDate } from '../dates'
import type { Certainty } from '../field-rules/core'

/**
 * How long an accepted job offer stays open, and when to act on it. One function serves the
 * after-acceptance reminders and the offer check's minimum-wage warning, so both agree.
 */
export const OFFER_VALIDITY_RULE = {
  /** Valid to the last day of the month after next from the month of acceptance (受理日の翌々月末日). */
  monthsAfterAcceptance: 2,
  /** 有効期間延長 in the My Page adds one month. */
  extensionMonths: 1,
  /** Offices take renewals from about this many days before the end (小樽: 10 days; 帯広: 7). */
  reminderDaysBefore: 10,
  certainty: {
    /** Several independent secondary sources agree; the official wording for 求人 was not found. */
    validity: 'third-party',
    extension: 'verified',
    reminder: 'verified',
  } satisfies Record<string, Certainty>,
  sources: [
    {
      id: 'validity',
      title: '求人の有効期限（受理日の翌々月末日）: allabout.co.jp, shiraha.jp, hellowork.kilo.jp',
      url: null,
      asOf: '2026-11-30',
    },
    {
      id: 'extension',
      title: 'ハローワーク帯広「求人者マイページから入力するときのポイント」',
      url: null,
      asOf: '2026-11-30',
    },
    {
      id: 'reminder',
      title: 'ハローワーク小樽（月末の10日前から更新を受付）',
      url: null,
      asOf: '2026-11-30',
    },
  ],
} as const

export interface OfferValidity {
  /** The last day the offer is open. */
  validUntil: PlainDate
  /** The day to start the renewal (reminderDaysBefore days before validUntil). */
  remindOn: PlainDate
}

/** The validity of an offer accepted (受理) on this Japan date, with or without 有効期間延長. */
export function offerValidity(acceptedOn: PlainDate, extended = false): OfferValidity {
  const months =
    OFFER_VALIDITY_RULE.monthsAfterAcceptance + (extended ? OFFER_VALIDITY_RULE.extensionMonths : 0)
  const validUntil = endOfMonthAfter(acceptedOn, months)
  return { validUntil, remindOn: addDays(validUntil, -OFFER_VALIDITY_RULE.reminderDaysBefore) }
}
