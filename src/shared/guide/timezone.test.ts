import { afterEach, describe, it, expect } from 'vitest'
import { registrationDeadline } from './calendar'
import { formatPlainDate, jstDateOf, parsePlainDate } from '../dates'
import { helpdeskStatus } from './helpdesk'

// The calendar must not care about the machine's zone. Node re-reads process.env.TZ when it changes,
// so each zone is checked in turn (also run the whole suite with TZ=America/Los_Angeles).
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

describe('independent of the machine time zone', () => {
  for (const zone of ZONES) {
    it(`gives the same answers in ${zone}`, () => {
      process.env.TZ = zone
      const offset = new Date(Date.UTC(2026, 0, 15)).getTimezoneOffset()
      if (zone === 'America/Los_Angeles') expect(offset).toBe(480)
      if (zone === 'Pacific/Kiritimati') expect(offset).toBe(-840)
      const at = (local: string) => Date.parse(`${local}:00+09:00`)
      expect(formatPlainDate(jstDateOf(at('2026-11-27T00:30')))).toBe('2026-11-27')
      expect(formatPlainDate(registrationDeadline(parsePlainDate('2026-11-14')).deadline)).toBe(
        '2026-11-27',
      )
      expect(helpdeskStatus(at('2026-11-27T18:00')).nextOpening).toBe(at('2026-11-30T09:30'))
      expect(helpdeskStatus(at('2026-11-26T09:30')).open).toBe(true)
      expect(helpdeskStatus(at('2026-12-29T10:00')).nextOpening).toBe(at('2027-01-04T09:30'))
    })
  }
})
