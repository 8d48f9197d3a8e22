import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { HELPDESK_HOURS, helpdeskStatus, isHelpdeskDay } from './helpdesk'
import { jstDateOf, jstMinutesOf } from '../dates'

const jst = (local: string) => Date.parse(`${local}:00+09:00`)

describe('helpdesk hours (Mon–Fri 9:30–18:00 JST, not on holidays or 12/29–1/3)', () => {
  it('opens at 9:30 and closes at 18:00', () => {
    expect(helpdeskStatus(jst('2026-11-26T08:59'))).toEqual({
      open: false,
      nextOpening: jst('2026-11-26T09:30'),
    })
    expect(helpdeskStatus(jst('2026-11-26T09:29'))).toEqual({
      open: false,
      nextOpening: jst('2026-11-26T09:30'),
    })
    expect(helpdeskStatus(jst('2026-11-26T09:30'))).toEqual({
      open: true,
      closesAt: jst('2026-11-26T18:00'),
    })
    expect(helpdeskStatus(jst('2026-11-26T17:59'))).toEqual({
      open: true,
      closesAt: jst('2026-11-26T18:00'),
    })
    expect(helpdeskStatus(jst('2026-11-26T18:00'))).toEqual({
      open: false,
      nextOpening: jst('2026-11-27T09:30'),
    })
  })

  it('sends Friday evening to Monday', () => {
    expect(helpdeskStatus(jst('2026-11-27T18:00'))).toEqual({
      open: false,
      nextOpening: jst('2026-11-30T09:30'),
    })
    expect(helpdeskStatus(jst('2026-11-28T12:00')).nextOpening).toBe(jst('2026-11-30T09:30'))
  })

  it('skips a holiday Monday', () => {
    expect(helpdeskStatus(jst('2026-11-23T10:00'))).toEqual({
      open: false,
      nextOpening: jst('2026-11-24T09:30'),
    })
    expect(helpdeskStatus(jst('2026-11-20T18:30')).nextOpening).toBe(jst('2026-11-24T09:30'))
  })

  it('is open on 12/28 and closed from 12/29 to 1/3', () => {
    expect(helpdeskStatus(jst('2026-12-28T10:00')).open).toBe(true)
    expect(helpdeskStatus(jst('2026-12-28T18:00')).nextOpening).toBe(jst('2027-01-04T09:30'))
    expect(helpdeskStatus(jst('2026-12-29T10:00'))).toEqual({
      open: false,
      nextOpening: jst('2027-01-04T09:30'),
    })
    expect(helpdeskStatus(jst('2027-01-04T09:30')).open).toBe(true)
  })

  it('marks the year-end dates as an assumption', () => {
    expect(HELPDESK_HOURS.yearEndBreak).toMatchObject({
      from: { m: 12, d: 29 },
      to: { m: 1, d: 3 },
      assumption: true,
    })
  })

  it('is open exactly within hours on helpdesk days, and points ahead (property)', () => {
    const start = Date.parse('2024-01-01T00:00:00Z')
    const end = Date.parse('2049-12-31T00:00:00Z')
    fc.assert(
      fc.property(fc.integer({ min: start, max: end }), (instant) => {
        const status = helpdeskStatus(instant)
        const minutes = jstMinutesOf(instant)
        const inHours = minutes >= 9 * 60 + 30 && minutes < 18 * 60
        expect(status.open).toBe(isHelpdeskDay(jstDateOf(instant)) && inHours)
        if (status.open) {
          expect(status.closesAt).toBeGreaterThan(instant)
          expect(status.nextOpening).toBeUndefined()
        } else {
          const next = status.nextOpening ?? 0
          expect(next).toBeGreaterThan(instant)
          expect(helpdeskStatus(next).open).toBe(true)
          expect(helpdeskStatus(next - 60_000).open).toBe(false)
          expect(next - instant).toBeLessThan(11 * 24 * 60 * 60 * 1000)
        }
      }),
    )
  })
})
