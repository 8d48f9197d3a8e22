import { afterEach, describe, expect, it } from 'vitest'
import { jstClockTime, mailTimeToInstant } from './mailTime'

const at = (local: string) => Date.parse(`${local}+09:00`)
const original = process.env.TZ

afterEach(() => {
  if (original === undefined) delete process.env.TZ
  else process.env.TZ = original
})

describe('the mail time (HH:MM, Japan time)', () => {
  for (const zone of ['UTC', 'America/Los_Angeles', 'Asia/Tokyo']) {
    it(`means today in Japan, whatever the PC's zone (${zone})`, () => {
      process.env.TZ = zone
      expect(mailTimeToInstant('10:05', at('2026-12-01T10:20:00'))).toBe(at('2026-12-01T10:05:00'))
      expect(mailTimeToInstant('08:59', at('2026-12-01T09:10:00'))).toBe(at('2026-12-01T08:59:00'))
      expect(jstClockTime(at('2026-12-01T10:55:30'))).toBe('10:55')
    })
  }

  it('reads a late-evening time just after midnight as yesterday', () => {
    expect(mailTimeToInstant('23:50', at('2026-12-02T00:10:00'))).toBe(at('2026-12-01T23:50:00'))
    // Too long ago for yesterday: left as today, for main to refuse as in the future.
    expect(mailTimeToInstant('22:00', at('2026-12-02T00:10:00'))).toBe(at('2026-12-02T22:00:00'))
    expect(mailTimeToInstant('10:30', at('2026-12-01T10:20:00'))).toBe(at('2026-12-01T10:30:00'))
  })

  it('refuses anything that is not a time', () => {
    for (const text of ['', '25:00', '10:60', '1005', 'ten']) {
      expect(mailTimeToInstant(text, at('2026-12-01T10:20:00')), text).toBeNull()
    }
    expect(mailTimeToInstant('10:05:00', at('2026-12-01T10:20:00'))).toBe(at('2026-12-01T10:05:00'))
  })
})
