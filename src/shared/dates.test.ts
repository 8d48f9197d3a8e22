import { describe, expect, it } from 'vitest'
import { isPlainDateText, isValidPlainDate, parsePlainDate } from './dates'

describe('isPlainDateText', () => {
  it('takes exactly what parsePlainDate takes', () => {
    for (const good of ['2026-02-28', '2024-02-29', '2026-12-31', '2099-01-01']) {
      expect(isPlainDateText(good), good).toBe(true)
      expect(() => parsePlainDate(good)).not.toThrow()
    }
  })

  it('refuses a day that is not in the calendar, not only a wrong pattern', () => {
    for (const bad of ['2026-02-31', '2025-02-29', '2026-13-01', '2026-00-10', '2026-04-31']) {
      expect(isPlainDateText(bad), bad).toBe(false)
      expect(() => parsePlainDate(bad)).toThrow(RangeError)
    }
    for (const bad of ['', '2026-2-28', '2026/02/28', ' 2026-02-28', '2026-02-28T00:00']) {
      expect(isPlainDateText(bad), bad).toBe(false)
    }
  })
})

describe('isValidPlainDate', () => {
  it('agrees with the Gregorian calendar on every month end from 1900 to 2400', () => {
    for (let y = 1900; y <= 2400; y++) {
      for (let m = 1; m <= 12; m++) {
        const last = new Date(Date.UTC(y, m, 0)).getUTCDate()
        for (let d = 28; d <= 32; d++) {
          expect(isValidPlainDate({ y, m, d }), `${y}-${m}-${d}`).toBe(d <= last)
        }
      }
    }
  })
})

describe('isPlainDateText against parsePlainDate', () => {
  it('answers as parsePlainDate does for every day of 2023–2025 and near misses', () => {
    const texts: string[] = []
    for (let y = 2023; y <= 2025; y++)
      for (let m = 0; m <= 13; m++)
        for (let d = 0; d <= 32; d++)
          texts.push(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
    texts.push('２０２６-01-01', '2026-0a-01', '2026-01-1a', '2026_01-01', '+026-01-01')
    for (const text of texts) {
      let parses = true
      try {
        parsePlainDate(text)
      } catch {
        parses = false
      }
      expect(isPlainDateText(text), text).toBe(parses)
    }
  })
})
