import { afterEach, describe, expect, it } from 'vitest'
import { jstDateOf, parsePlainDate } from './dates'
import * as v from 'valibot'
import {
  EnteredRateKeySchema,
  EnteredRateSchema,
  prefectureOf,
  rateOn,
  ratesTakingEffect,
  type EnteredRate,
} from './job-offer/minimum-wage-lookup'
import {
  MINIMUM_WAGE_HORIZON,
  MINIMUM_WAGE_SOURCES,
  MINIMUM_WAGES,
  PREFECTURES,
} from './minimum-wage'

const day = parsePlainDate
const amountOn = (prefecture: string, on: string, entered: EnteredRate[] = []) =>
  rateOn(prefecture, day(on), entered).rate?.amount

describe('the minimum-wage sources', () => {
  it('claim a reading day only for pages that were read', () => {
    // The official list is only cited by the pages read: a link, with no as-of day.
    expect(MINIMUM_WAGE_SOURCES.mhlwList).not.toHaveProperty('asOf')
    expect(MINIMUM_WAGE_SOURCES.mhlwList).toHaveProperty('read', false)
    for (const source of Object.values(MINIMUM_WAGE_SOURCES)) {
      if ('read' in source) continue
      expect(() => parsePlainDate(source.asOf), source.title).not.toThrow()
    }
  })
})

describe('the minimum-wage table', () => {
  it('has the 47 prefectures, each with FY2024 and FY2025', () => {
    expect(MINIMUM_WAGES).toHaveLength(47)
    expect(new Set(PREFECTURES).size).toBe(47)
    for (const p of MINIMUM_WAGES) {
      expect(
        p.rates.map((r) => r.fy),
        p.prefecture,
      ).toEqual([2024, 2025])
    }
    expect(PREFECTURES[0]).toBe('北海道')
    expect(PREFECTURES[12]).toBe('東京都')
    expect(PREFECTURES[46]).toBe('沖縄県')
  })

  it('keeps amounts as integers and dates as YYYY-MM-DD between 2024-10-01 and 2026-03-31', () => {
    for (const p of MINIMUM_WAGES) {
      for (const r of p.rates) {
        expect(Number.isInteger(r.amount), p.prefecture).toBe(true)
        expect(r.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/)
        expect(() => day(r.effectiveFrom)).not.toThrow()
        expect(r.effectiveFrom >= '2024-10-01', `${p.prefecture} ${r.effectiveFrom}`).toBe(true)
        expect(r.effectiveFrom <= '2026-03-31', `${p.prefecture} ${r.effectiveFrom}`).toBe(true)
      }
    }
  })

  it('raises every prefecture from FY2024 to FY2025, later in time', () => {
    for (const { prefecture, rates } of MINIMUM_WAGES) {
      const [fy2024, fy2025] = rates
      expect(fy2025.amount, prefecture).toBeGreaterThan(fy2024.amount)
      expect(fy2025.effectiveFrom > fy2024.effectiveFrom, prefecture).toBe(true)
    }
  })

  it('agrees with the published extremes (all FY2025 amounts 1,000 or more; 東京 highest; 1,023 lowest)', () => {
    const fy2025 = MINIMUM_WAGES.map((p) => p.rates[1].amount)
    expect(Math.min(...fy2025)).toBe(1023)
    expect(Math.max(...fy2025)).toBe(1226)
    expect(
      MINIMUM_WAGES.filter((p) => p.rates[1].amount === 1023).map((p) => p.prefecture),
    ).toEqual(['高知県', '宮崎県', '沖縄県'])
    expect(fy2025.every((a) => a >= 1000)).toBe(true)
  })

  it('gives the rate in force on a day (spot values typed from the sources)', () => {
    expect(amountOn('東京都', '2025-10-03')).toBe(1226)
    expect(amountOn('東京都', '2025-10-02')).toBe(1163)
    expect(amountOn('秋田県', '2026-03-30')).toBe(951)
    expect(amountOn('秋田県', '2026-03-31')).toBe(1031)
    expect(amountOn('群馬県', '2026-02-28')).toBe(985)
    expect(amountOn('群馬県', '2026-03-01')).toBe(1063)
    expect(amountOn('栃木県', '2025-10-01')).toBe(1068)
    expect(amountOn('北海道', '2025-10-04')).toBe(1075)
    expect(amountOn('大阪府', '2025-10-15')).toBe(1114)
    expect(amountOn('大阪府', '2025-10-16')).toBe(1177)
    expect(amountOn('徳島県', '2024-10-31')).toBeUndefined()
    expect(amountOn('徳島県', '2024-11-01')).toBe(980)
    expect(amountOn('福島県', '2025-12-31')).toBe(955)
    expect(amountOn('福島県', '2026-01-01')).toBe(1033)
    expect(amountOn('沖縄県', '2025-12-01')).toBe(1023)
    expect(amountOn('山形県', '2025-12-22')).toBe(955)
    expect(amountOn('新潟県', '2025-10-02')).toBe(1050)
  })

  it('is complete up to its horizon only: after it the FY2025 rate is a floor', () => {
    expect(MINIMUM_WAGE_HORIZON).toBe('2026-09-30')
    expect(rateOn('東京都', day('2026-09-30'))).toMatchObject({ floorOnly: false })
    expect(rateOn('東京都', day('2026-10-01'))).toMatchObject({
      floorOnly: true,
      rate: { amount: 1226, origin: 'table' },
    })
    expect(rateOn('東京都', day('2026-11-30')).floorOnly).toBe(true)
  })
})

describe('entered rates', () => {
  const tokyo2026: EnteredRate = { prefecture: '東京都', amount: 1300, effectiveFrom: '2026-10-05' }

  it('take over from their 発効日, for their prefecture only', () => {
    expect(amountOn('東京都', '2026-10-04', [tokyo2026])).toBe(1226)
    expect(amountOn('東京都', '2026-10-05', [tokyo2026])).toBe(1300)
    expect(amountOn('東京都', '2026-11-30', [tokyo2026])).toBe(1300)
    expect(amountOn('神奈川県', '2026-11-30', [tokyo2026])).toBe(1225)
    expect(rateOn('東京都', day('2026-11-30'), [tokyo2026])).toMatchObject({
      floorOnly: false,
      rate: { origin: 'entered', certainty: 'entered' },
    })
  })

  it('take only a real calendar day in range as their 発効日', () => {
    const valid = (effectiveFrom: string) =>
      v.safeParse(EnteredRateSchema, { ...tokyo2026, effectiveFrom }).success
    expect(valid('2026-10-05')).toBe(true)
    for (const bad of ['2026-02-31', '2026-2-1', '2026-13-01', '2024-09-30', '2100-01-01']) {
      expect(valid(bad), bad).toBe(false)
      expect(
        v.safeParse(EnteredRateKeySchema, { prefecture: '東京都', effectiveFrom: bad }).success,
        bad,
      ).toBe(false)
    }
  })

  it('make the FY2025 rate certain again up to their 発効日', () => {
    expect(rateOn('東京都', day('2026-10-04'), [tokyo2026]).floorOnly).toBe(false)
  })

  it('win over the table on the same day', () => {
    const same: EnteredRate = { prefecture: '東京都', amount: 1230, effectiveFrom: '2025-10-03' }
    expect(amountOn('東京都', '2025-10-03', [same])).toBe(1230)
  })

  it('show among the rates taking effect while an offer is open', () => {
    expect(
      ratesTakingEffect('東京都', day('2026-09-01'), day('2026-11-30'), [tokyo2026]).map(
        (r) => r.amount,
      ),
    ).toEqual([1300])
    expect(
      ratesTakingEffect('秋田県', day('2026-02-01'), day('2026-04-30')).map((r) => r.amount),
    ).toEqual([1031])
  })
})

describe('prefecture names', () => {
  it('reads them with or without 都・府・県, in any width', () => {
    expect(prefectureOf('東京都')).toBe('東京都')
    expect(prefectureOf(' 東京 ')).toBe('東京都')
    expect(prefectureOf('京都')).toBe('京都府')
    expect(prefectureOf('新潟')).toBe('新潟県')
    expect(prefectureOf('北海道')).toBe('北海道')
    expect(prefectureOf('')).toBeNull()
    expect(prefectureOf('東京都新宿区')).toBeNull()
    expect(prefectureOf('Tokyo')).toBeNull()
  })
})

// The day is always Japan's: the machine's zone must never move a 発効日 by one day.
const ZONES = [
  'America/Los_Angeles',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'UTC',
  'Asia/Tokyo',
]
const original = process.env.TZ

afterEach(() => {
  if (original === undefined) delete process.env.TZ
  else process.env.TZ = original
})

describe('the boundary of a 発効日, in Japan time', () => {
  for (const zone of ZONES) {
    it(`is the same in ${zone}`, () => {
      process.env.TZ = zone
      const at = (local: string) => Date.parse(`${local}:00+09:00`)
      const tokyo = (instant: number) => rateOn('東京都', jstDateOf(instant)).rate?.amount
      expect(tokyo(at('2025-10-02T23:59'))).toBe(1163)
      expect(tokyo(at('2025-10-03T00:00'))).toBe(1226)
      const akita = (instant: number) => rateOn('秋田県', jstDateOf(instant)).rate?.amount
      expect(akita(at('2026-03-30T23:59'))).toBe(951)
      expect(akita(at('2026-03-31T00:00'))).toBe(1031)
    })
  }
})
