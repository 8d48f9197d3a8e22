import { describe, expect, it } from 'vitest'
import { formatPlainDate, parsePlainDate } from '../dates'
import { offerValidity } from './validity'

const at = (text: string, extended = false) => {
  const { validUntil, remindOn } = offerValidity(parsePlainDate(text), extended)
  return [formatPlainDate(validUntil), formatPlainDate(remindOn)]
}

describe('offerValidity', () => {
  it('runs to the end of the month after next (the sources: 4/1 and 4/17 → 6/30, 5/15 → 7/31)', () => {
    expect(at('2026-04-01')[0]).toBe('2026-06-30')
    expect(at('2026-04-17')[0]).toBe('2026-06-30')
    expect(at('2026-05-15')[0]).toBe('2026-07-31')
  })

  it('crosses the year and lands on the last day of February', () => {
    expect(at('2026-11-30')[0]).toBe('2027-01-31')
    expect(at('2026-12-31')[0]).toBe('2027-02-28')
    expect(at('2027-12-01')[0]).toBe('2028-02-29')
  })

  it('adds one month when the validity was extended', () => {
    expect(at('2026-04-17', true)[0]).toBe('2026-07-31')
    expect(at('2026-11-02', true)[0]).toBe('2027-02-28')
  })

  it('reminds ten days before the end', () => {
    expect(at('2026-04-17')[1]).toBe('2026-06-20')
    expect(at('2026-12-31')[1]).toBe('2027-02-18')
  })
})
