import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { CASE_IDS, STEPS } from './catalogue'
import { emptyProgress, GuideProgressSchema, NOTES_MAX, STEP_IDS } from './progress'

describe('guide progress schema', () => {
  it('lists every step id of the three cases in order (5 + 8 + 6)', () => {
    expect(STEP_IDS).toEqual([
      '1-1/1',
      '1-1/2',
      '1-1/3',
      '1-1/4',
      '1-1/5',
      '1-2/1',
      '1-2/2',
      '1-2/3',
      '1-2/4',
      '1-2/5',
      '1-2/6',
      '1-2/7',
      '1-2/8',
      '2/1',
      '2/2',
      '2/3',
      '2/4',
      '2/5',
      '2/6',
    ])
  })

  it('holds exactly the step ids of the catalogue', () => {
    expect(STEP_IDS).toEqual(CASE_IDS.flatMap((caseId) => STEPS[caseId].map((step) => step.id)))
  })

  it('fills an empty progress', () => {
    expect(emptyProgress()).toEqual({
      version: 1,
      caseAnswers: {},
      checked: [],
      honToroku: {},
      kariTorokuDate: '',
      confirmations: {},
      notes: '',
    })
  })

  it('accepts a 29 February in a leap year', () => {
    expect(v.parse(GuideProgressSchema, { kariTorokuDate: '2028-02-29' }).kariTorokuDate).toBe(
      '2028-02-29',
    )
  })

  it('accepts a full progress', () => {
    const full = {
      version: 1,
      caseAnswers: { filedBefore: 'yes', method: '2' },
      checked: ['1-2/1', '1-2/2'],
      honToroku: { firstOfferViaMyPage: true, myPageOpenedAtCounter: false },
      kariTorokuDate: '2026-12-01',
      confirmations: { mailboxOnThisPc: true, senderAllowed: false },
      notes: 'メモ @ | {x}',
    }
    expect(v.parse(GuideProgressSchema, full)).toEqual(full)
  })

  it.each([
    ['an unknown key', { extra: 1 }],
    ['an unknown step', { checked: ['3/1'] }],
    ['a duplicate step', { checked: ['2/1', '2/1'] }],
    ['too many steps', { checked: [...STEP_IDS, '2/1'] }],
    ['an impossible date', { kariTorokuDate: '2026-02-30' }],
    ['a date outside the holiday data', { kariTorokuDate: '1999-01-04' }],
    ['a 29 February outside a leap year', { kariTorokuDate: '2027-02-29' }],
    ['a zero day', { kariTorokuDate: '2026-12-00' }],
    ['a date with time', { kariTorokuDate: '2026-12-01T00:00' }],
    ['overlong notes', { notes: 'あ'.repeat(NOTES_MAX + 1) }],
    ['a non-boolean answer', { honToroku: { helloWorkAsked: 'yes' } }],
    ['an unknown question', { honToroku: { other: true } }],
    ['an array as section', { confirmations: [] }],
    ['an array as case answers', { caseAnswers: [] }],
    ['a bad case answer', { caseAnswers: { filedBefore: 'maybe' } }],
    ['a newer version', { version: 2 }],
  ])('refuses %s', (_label, input) => {
    expect(v.safeParse(GuideProgressSchema, input).success).toBe(false)
  })
})
