import { describe, expect, it } from 'vitest'
import { sampleDraft } from './testing/fixtures'
import { hourlyWage } from './hourly-wage'
import type { JobOfferDraft } from './model'

function draft(wage: Partial<JobOfferDraft['wage']>, hours: Partial<JobOfferDraft['hours']> = {}) {
  const d = sampleDraft()
  Object.assign(d.wage, { allowance1Name: '', allowance1Amount: '', allowance1Kind: '' }, wage)
  Object.assign(d.hours, { shift1Start: '9:00', shift1End: '18:00', breakMinutes: '60' }, hours)
  d.hours.annualHolidays = hours.annualHolidays ?? '105'
  return d
}

const figure = (d: JobOfferDraft) => {
  const r = hourlyWage(d, 'wage.baseMin')
  return r.ok ? Math.round(r.hourly * 100) / 100 : r.unread
}

describe('the official hourly conversion', () => {
  it('takes an hourly wage as it is', () => {
    expect(figure(draft({ wageType: 'hourly', baseMin: '1,100' }))).toBe(1100)
  })

  it('divides a daily wage by the daily scheduled hours (shift 1 minus the break)', () => {
    expect(figure(draft({ wageType: 'daily', baseMin: '9000' }))).toBe(1125)
  })

  it('multiplies a monthly wage by 12 and divides by the yearly scheduled hours', () => {
    // (365 − 105) days × 8 hours = 2,080 hours.
    expect(figure(draft({ wageType: 'monthly', baseMin: '208,000' }))).toBe(1200)
  })

  it('divides a yearly salary (年俸) by 12 first', () => {
    expect(figure(draft({ wageType: 'annual', baseMin: '2,496,000' }))).toBe(1200)
  })

  it('adds the allowances that count, converted as monthly pay', () => {
    const d = draft({
      wageType: 'hourly',
      baseMin: '1000',
      allowance1Name: '資格手当',
      allowance1Amount: '17,333',
      allowance1Kind: 'other',
      allowance2Name: '通勤手当',
      allowance2Amount: '20000',
      allowance2Kind: 'commuting',
      allowance3Name: '皆勤手当',
      allowance3Amount: '10000',
      allowance3Kind: 'attendance',
      allowance4Name: 'みなし残業手当',
      allowance4Amount: '30000',
      allowance4Kind: 'fixed-overtime',
    })
    expect(figure(d)).toBe(1100)
  })

  it('leaves out allowances by their kind, never by their name', () => {
    const d = draft({
      wageType: 'monthly',
      baseMin: '208,000',
      allowance1Name: '通勤手当',
      allowance1Amount: '20800',
      allowance1Kind: 'other',
    })
    expect(figure(d)).toBe(1320)
  })

  it('reports allowances of unknown kind apart, as the most the wage could be', () => {
    const d = draft({
      wageType: 'monthly',
      baseMin: '208,000',
      allowance1Name: '手当',
      allowance1Amount: '20800',
    })
    const r = hourlyWage(d, 'wage.baseMin')
    expect(r).toMatchObject({ ok: true, hourly: 1200, hourlyWithUnknown: 1320 })
    expect(r.ok && r.unknownKinds).toEqual(['wage.allowance1Kind'])
  })

  it('says what it could not read', () => {
    expect(figure(draft({ wageType: 'hourly', baseMin: '1,200円〜' }))).toEqual([
      { field: 'wage.baseMin', value: '1,200円〜', reason: 'unreadable' },
    ])
    expect(
      figure(draft({ wageType: 'daily', baseMin: '9000' }, { shift1Start: '9時〜18時' })),
    ).toEqual([{ field: 'hours.shift1Start', value: '9時〜18時', reason: 'unreadable' }])
    expect(figure(draft({ wageType: 'other', baseMin: '9000' }))).toEqual([
      { field: 'wage.wageType', value: 'other', reason: 'unsupported' },
    ])
    expect(
      figure(draft({ wageType: 'monthly', baseMin: '200000' }, { annualHolidays: '' })),
    ).toEqual([{ field: 'hours.annualHolidays', value: '', reason: 'empty' }])
  })
})
