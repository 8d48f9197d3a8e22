import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { formatPlainDate, parsePlainDate } from '../dates'
import {
  acceptedOn,
  draftValidity,
  isOfferNumber,
  offersEndingSoon,
  settleOfferNumber,
} from './acceptance'
import { sampleDraft } from './testing/fixtures'
import { JobOfferDraftSchema, duplicateDraft, type JobOfferDraft } from './model'

const accepted = (day: string, extended = false, id = 'x'): JobOfferDraft => {
  const d = sampleDraft()
  d.id = id
  d.acceptance = { acceptedOn: day, offerNumber: '', extended }
  return d
}
const today = parsePlainDate('2026-06-18')

describe('the record of an accepted offer', () => {
  it('parses drafts saved before it existed, empty', () => {
    const { acceptance: _none, ...old } = sampleDraft()
    const parsed = v.parse(JobOfferDraftSchema, old)
    expect(parsed.acceptance).toEqual({ acceptedOn: '', offerNumber: '', extended: false })
  })

  it('is not carried over to the next offer made from this one', () => {
    const copy = duplicateDraft(accepted('2026-04-17', true), 'y')
    expect(copy.acceptance).toEqual({ acceptedOn: '', offerNumber: '', extended: false })
  })

  it('takes only real dates in the years the app knows', () => {
    expect(acceptedOn({ acceptedOn: '2026-04-17', offerNumber: '', extended: false })).toEqual({
      y: 2026,
      m: 4,
      d: 17,
    })
    for (const bad of ['', '2026-02-30', '17/04/2026', '2019-12-31', '2026-4-17']) {
      expect(acceptedOn({ acceptedOn: bad, offerNumber: '', extended: false }), bad).toBeNull()
    }
  })
})

describe('draftValidity (by offerValidity)', () => {
  it('ends at the end of the month after next, reminds 10 days before (受理 4/17 → 6/30, 6/20)', () => {
    const validity = draftValidity(accepted('2026-04-17'), today)
    expect(validity && formatPlainDate(validity.validUntil)).toBe('2026-06-30')
    expect(validity && formatPlainDate(validity.remindOn)).toBe('2026-06-20')
    expect(validity).toMatchObject({ daysLeft: 12, status: 'open' })
  })

  it('adds a month when extended, and says when to renew and when it ended', () => {
    expect(draftValidity(accepted('2026-04-17', true), today)).toMatchObject({
      daysLeft: 43,
      status: 'open',
    })
    expect(draftValidity(accepted('2026-04-17'), parsePlainDate('2026-06-20'))?.status).toBe(
      'renew',
    )
    expect(draftValidity(accepted('2026-04-17'), parsePlainDate('2026-06-30'))).toMatchObject({
      daysLeft: 0,
      status: 'renew',
    })
    expect(draftValidity(accepted('2026-04-17'), parsePlainDate('2026-07-01'))).toMatchObject({
      daysLeft: -1,
      status: 'ended',
    })
    expect(draftValidity(sampleDraft(), today)).toBeNull()
  })
})

describe('offersEndingSoon', () => {
  // As the establishment summaries keep them: each accepted draft's last valid day.
  const endings = (drafts: JobOfferDraft[]) =>
    drafts.flatMap((d) => {
      const validity = draftValidity(d, today)
      return validity ? [{ id: d.id, validUntil: formatPlainDate(validity.validUntil) }] : []
    })

  it('lists open offers ending within 14 days, soonest first', () => {
    const drafts = endings([
      accepted('2026-05-01', false, 'a'), // ends 7/31: 43 days
      accepted('2026-04-20', false, 'b'), // ends 6/30: 12 days
      accepted('2026-03-10', false, 'c'), // ended 5/31
      accepted('2026-03-10', true, 'd'), // extended: ends 6/30
      accepted('', false, 'e'),
      accepted('2026-04-30', false, 'f'), // ends 6/30
    ])
    expect(offersEndingSoon(drafts, today).map((o) => o.offer.id)).toEqual(['b', 'd', 'f'])
    expect(offersEndingSoon(drafts, today)[0]).toMatchObject({
      validUntil: { y: 2026, m: 6, d: 30 },
      daysLeft: 12,
    })
    expect(offersEndingSoon(drafts, parsePlainDate('2026-06-30')).map((o) => o.offer.id)).toEqual([
      'b',
      'd',
      'f',
    ])
    expect(offersEndingSoon(drafts, parsePlainDate('2026-07-01'))).toEqual([])
    expect(offersEndingSoon(drafts, parsePlainDate('2026-07-20')).map((o) => o.offer.id)).toEqual([
      'a',
    ])
  })

  it('throws on a last day that is not a calendar date, rather than skip the offer', () => {
    expect(() => offersEndingSoon([{ validUntil: '2026-02-31' }], today)).toThrow(RangeError)
    expect(() => offersEndingSoon([{ validUntil: '2026-6-30' }], today)).toThrow(RangeError)
  })
})

describe('求人番号', () => {
  it('settles width and spaces, and hyphenates 13 bare digits (5-8)', () => {
    expect(settleOfferNumber('１３０１０－１２３４５６７８')).toBe('13010-12345678')
    expect(settleOfferNumber(' 1301012345678 ')).toBe('13010-12345678')
    expect(settleOfferNumber('13010-123')).toBe('13010-123')
  })

  it('takes 5 digits – up to 8 digits, or nothing yet', () => {
    expect(isOfferNumber('')).toBe(true)
    expect(isOfferNumber('13010-12345678')).toBe(true)
    expect(isOfferNumber('1301-12345678')).toBe(false)
    expect(isOfferNumber('13010-123456789')).toBe(false)
  })
})
