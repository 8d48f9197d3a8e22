import { describe, expect, it } from 'vitest'
import { HON_TOROKU_RULE } from './hon-toroku'
import { NOTES, STEPS } from './catalogue'
import { parsePlainDate } from '../dates'
import * as FACTS from './facts'
import { HON_TOROKU_WAYS, LOGIN_OTP } from './facts'
import { messageAt } from './i18n'
import { guideEn } from './messages.en'
import { guideJa } from './messages.ja'

const ja = (key: Parameters<typeof messageAt>[1]) => messageAt(guideJa, key)
const en = (key: Parameters<typeof messageAt>[1]) => messageAt(guideEn, key)

describe('facts carry their source, date and certainty', () => {
  // Every fact the module exports, so a new one cannot be left out.
  const facts = Object.entries(FACTS)

  it('exports the facts the screens read', () => {
    expect(facts.map(([name]) => name).sort()).toEqual([
      'HON_TOROKU_WAYS',
      'LOGIN_ADDRESS_CHANGE',
      'LOGIN_OTP',
      'OFFER_RENEWAL',
      'PLANNED_OUTAGE_EXAMPLE',
    ])
  })

  it.each(facts)('%s', (_name, fact) => {
    expect(fact.sources.length).toBeGreaterThan(0)
    for (const source of fact.sources) expect(source.trim()).not.toBe('')
    expect(() => parsePlainDate(fact.asOf)).not.toThrow()
    expect(['verified', 'third-party', 'unverified']).toContain(fact.certainty)
  })
})

describe('the one-time password, said where the login address is chosen', () => {
  it('since January 2025, at login, with the skip for a set period; not "every login"', () => {
    expect(LOGIN_OTP).toMatchObject({ since: '2025-01', skippableForAPeriod: true })
    expect(ja('notes.loginMailboxOtp')).toContain('2025年1月から、ログインの際に')
    expect(ja('notes.loginMailboxOtp')).toContain('一定期間は入力を省略する設定もできます')
    expect(ja('notes.loginMailboxOtp')).not.toContain('たびに')
    expect(en('notes.loginMailboxOtp')).toContain('January 2025')
    expect(en('notes.loginMailboxOtp')).toContain('skip entering it for a set period')
  })

  it('stands beside the shared-address advice at every step where the address is chosen', () => {
    const chosenAt = Object.values(STEPS)
      .flat()
      .filter((step) => step.notes.includes('sharedAddress'))
    expect(chosenAt.map((s) => s.id).sort()).toEqual(['1-1/1', '1-2/2', '2/2'])
    for (const step of chosenAt) expect(step.notes).toContain('loginMailboxOtp')
    expect(NOTES.loginMailboxOtp.source).toBe('app')
  })
})

describe('本登録: the guide’s 窓口または電話 beside the 2020 leaflet’s in-person wording', () => {
  it('keeps the guide’s step word for word and adds the leaflet and "confirm with your office"', () => {
    expect(ja('steps.case2.s6')).toBe('ハローワークの窓口または電話で本登録手続きを行い開設完了')
    expect(HON_TOROKU_WAYS).toMatchObject({
      guide: ['counter', 'phone'],
      leaflet2020: ['in-person'],
      confirmWithOffice: true,
    })
    const note = ja('notes.honTorokuInPerson')
    expect(note).toContain('「窓口または電話」')
    expect(note).toContain('ハローワークにお越しのうえ本登録')
    expect(note).toContain('管轄のハローワークに確認してください')
    expect(NOTES.honTorokuInPerson.source).toBe('leaflet-2020')
    for (const step of Object.values(STEPS)
      .flat()
      .filter((s) => s.flags.includes('honToroku'))) {
      expect(step.notes, step.id).toContain('honTorokuInPerson')
    }
  })
})

describe('the 14-day question names what the leaflet names', () => {
  it('the three kinds of offer, each the first since 2020-01', () => {
    const q = ja('calendar.honToroku.questions.firstOfferForDisabilitiesOrTrial')
    for (const kind of [
      '障害者専用求人',
      'トライアル雇用求人',
      '障害者（短時間）トライアル雇用求人',
    ]) {
      expect(q).toContain(kind)
    }
    expect(q).toContain('2020年1月以降はじめて')
    expect(en('calendar.honToroku.questions.firstOfferForDisabilitiesOrTrial')).toContain(
      'since January 2020',
    )
  })

  it('and the other cases: My Page unless opened at the counter, no offer in a year, 派遣・請負, any the office asks', () => {
    expect(HON_TOROKU_RULE.questions.map((q) => q.id)).toEqual([
      'firstOfferViaMyPage',
      'myPageOpenedAtCounter',
      'firstOfferForDisabilitiesOrTrial',
      'noOfferInPastYear',
      'dispatchOrContracting',
      'helloWorkAsked',
    ])
    expect(ja('calendar.honToroku.questions.noOfferInPastYear')).toContain('過去1年間')
    expect(ja('calendar.honToroku.questions.dispatchOrContracting')).toContain('派遣または請負')
    expect(ja('calendar.honToroku.questions.helloWorkAsked')).toBe(
      'そのほか、ハローワークから本登録の手続きを求められた',
    )
  })
})
