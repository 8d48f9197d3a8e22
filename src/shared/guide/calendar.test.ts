import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import {
  closedReason,
  holidayOf,
  isClosedDay,
  isPredictedHoliday,
  nextOpenDay,
  previousOpenDay,
  registrationDeadline,
} from './calendar'
import { HON_TOROKU_RULE, honTorokuRuleApplies } from './hon-toroku'
import {
  addDays,
  compareDates,
  formatPlainDate,
  jstDateOf,
  jstInstant,
  parsePlainDate,
  weekday,
  type PlainDate,
} from '../dates'

const d = parsePlainDate
const f = formatPlainDate

describe('plain dates', () => {
  it('parse, format and count days across months, years and leap days', () => {
    expect(d('2026-11-26')).toEqual({ y: 2026, m: 11, d: 26 })
    expect(f(addDays(d('2026-12-30'), 3))).toBe('2027-01-02')
    expect(f(addDays(d('2028-02-28'), 1))).toBe('2028-02-29')
    expect(f(addDays(d('2027-02-28'), 1))).toBe('2027-03-01')
    expect(() => d('2027-02-29')).toThrow(RangeError)
    expect(() => d('2026-1-1')).toThrow(RangeError)
    expect(weekday(d('2026-11-26'))).toBe(4)
  })

  it('turn Japan wall-clock times into instants with +09:00', () => {
    expect(jstInstant(d('2026-11-26'), 9, 30)).toBe(Date.parse('2026-11-26T09:30:00+09:00'))
    expect(f(jstDateOf(Date.parse('2026-11-26T23:59:59+09:00')))).toBe('2026-11-26')
    expect(f(jstDateOf(Date.parse('2026-11-26T15:00:00Z')))).toBe('2026-11-27')
    expect(f(jstDateOf(Date.parse('2026-11-26T14:59:59.999Z')))).toBe('2026-11-26')
  })

  it('round-trip any date and time (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60_000 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (offset, hour, minute) => {
          const date = addDays(d('1990-01-01'), offset)
          expect(jstDateOf(jstInstant(date, hour, minute))).toEqual(date)
          expect(f(d(f(date)))).toBe(f(date))
          expect(compareDates(addDays(date, 1), date)).toBe(1)
        },
      ),
    )
  })
})

describe('closed days', () => {
  it('knows weekends, holidays (incl. 振替休日 and 国民の休日) and 12/29–1/3', () => {
    expect(closedReason(d('2026-11-26'))).toBeUndefined()
    expect(closedReason(d('2026-11-28'))).toBe('saturday')
    expect(closedReason(d('2026-11-29'))).toBe('sunday')
    expect(closedReason(d('2026-11-23'))).toBe('holiday')
    expect(holidayOf(d('2025-05-06'))?.name).toBe('こどもの日 振替休日')
    expect(closedReason(d('2025-05-06'))).toBe('holiday')
    expect(holidayOf(d('2026-09-22'))).toEqual({ name: '休日', nameEn: "Citizen's Holiday" })
    expect(closedReason(d('2026-09-22'))).toBe('holiday')
    expect(isClosedDay(d('2026-12-28'))).toBe(false)
    for (const day of [
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ])
      expect([day, closedReason(d(day))]).toEqual([day, 'year-end'])
    expect(isClosedDay(d('2027-01-04'))).toBe(false)
  })

  it('finds the previous and next open day', () => {
    expect(f(previousOpenDay(d('2027-01-04')))).toBe('2026-12-28')
    expect(f(nextOpenDay(d('2026-12-28')))).toBe('2027-01-04')
    expect(f(previousOpenDay(d('2025-05-07')))).toBe('2025-05-02')
    expect(f(nextOpenDay(d('2026-09-18')))).toBe('2026-09-24')
  })

  it('marks holidays beyond next year as predictions', () => {
    const today = d('2026-11-26')
    expect(isPredictedHoliday(d('2026-11-23'), today)).toBe(false)
    expect(isPredictedHoliday(d('2027-01-01'), today)).toBe(false)
    expect(isPredictedHoliday(d('2028-01-01'), today)).toBe(true)
    expect(isPredictedHoliday(d('2028-01-05'), today)).toBe(false)
  })
})

describe('the 14-day 本登録 rule', () => {
  it('is data with its source and date', () => {
    expect(HON_TOROKU_RULE).toMatchObject({
      days: 14,
      sourceDate: '2020-05-22',
      countsRegistrationDay: false,
      closedDayMovesTo: 'previous',
    })
    expect(HON_TOROKU_RULE.questions.map((q) => q.id)).toEqual([
      'firstOfferViaMyPage',
      'myPageOpenedAtCounter',
      'firstOfferForDisabilitiesOrTrial',
      'noOfferInPastYear',
      'dispatchOrContracting',
      'helloWorkAsked',
    ])
  })

  it('applies when one case is met', () => {
    const allNo = {
      firstOfferViaMyPage: false,
      firstOfferForDisabilitiesOrTrial: false,
      noOfferInPastYear: false,
      dispatchOrContracting: false,
      helloWorkAsked: false,
    }
    expect(honTorokuRuleApplies(allNo)).toBe(false)
    expect(honTorokuRuleApplies({})).toBe('unknown')
    expect(honTorokuRuleApplies({ dispatchOrContracting: true })).toBe(true)
    expect(honTorokuRuleApplies({ ...allNo, firstOfferViaMyPage: true })).toBe('unknown')
    expect(
      honTorokuRuleApplies({ ...allNo, firstOfferViaMyPage: true, myPageOpenedAtCounter: true }),
    ).toBe(false)
    expect(
      honTorokuRuleApplies({ ...allNo, firstOfferViaMyPage: true, myPageOpenedAtCounter: false }),
    ).toBe(true)
  })

  const deadline = (kari: string) => {
    const result = registrationDeadline(d(kari))
    return { deadline: f(result.deadline), nominal: f(result.nominal), moved: result.movedBecause }
  }

  it('does not count the 仮登録 day itself', () => {
    expect(deadline('2026-11-26')).toEqual({
      deadline: '2026-12-10',
      nominal: '2026-12-10',
      moved: undefined,
    })
  })

  it('moves a Saturday deadline to Friday', () => {
    expect(deadline('2026-11-14')).toEqual({
      deadline: '2026-11-27',
      nominal: '2026-11-28',
      moved: 'saturday',
    })
  })

  it('moves a Sunday deadline to Friday', () => {
    expect(deadline('2026-11-15')).toEqual({
      deadline: '2026-11-27',
      nominal: '2026-11-29',
      moved: 'sunday',
    })
  })

  it('moves a holiday deadline before the holiday and the weekend', () => {
    expect(deadline('2026-11-09')).toEqual({
      deadline: '2026-11-20',
      nominal: '2026-11-23',
      moved: 'holiday',
    })
    // 振替休日 2025-05-06 → back past 5/5, 5/4, 5/3
    expect(deadline('2025-04-22')).toEqual({
      deadline: '2025-05-02',
      nominal: '2025-05-06',
      moved: 'holiday',
    })
    // 国民の休日 2026-09-22 → back past 敬老の日 and the weekend
    expect(deadline('2026-09-08')).toEqual({
      deadline: '2026-09-18',
      nominal: '2026-09-22',
      moved: 'holiday',
    })
  })

  it('moves a year-end deadline to the last open day of December', () => {
    expect(deadline('2026-12-16')).toEqual({
      deadline: '2026-12-28',
      nominal: '2026-12-30',
      moved: 'year-end',
    })
    expect(deadline('2026-12-19')).toEqual({
      deadline: '2026-12-28',
      nominal: '2027-01-02',
      moved: 'year-end',
    })
  })

  it('always lands on an open day no later than day 14, with only closed days after it (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 20 }), (offset) => {
        const kari: PlainDate = addDays(d('2021-01-01'), offset)
        const { deadline: last, nominal } = registrationDeadline(kari)
        expect(isClosedDay(last)).toBe(false)
        expect(compareDates(nominal, kari)).toBe(14)
        expect(compareDates(last, nominal)).toBeLessThanOrEqual(0)
        for (let day = addDays(last, 1); compareDates(day, nominal) <= 0; day = addDays(day, 1))
          expect(isClosedDay(day)).toBe(true)
      }),
    )
  })
})
