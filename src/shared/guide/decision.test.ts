import { describe, it, expect } from 'vitest'
import * as v from 'valibot'
import {
  CASE_COSTS,
  CaseAnswersSchema,
  QUESTIONS,
  UNSURE_SCRIPT,
  costParams,
  decide,
} from './decision'
import { renderMessage } from './i18n'
import { guideJa } from './messages.ja'

describe('case decision', () => {
  it('follows the guide', () => {
    expect(decide({})).toEqual({ status: 'pending', next: 'filedBefore' })
    expect(decide({ filedBefore: 'no' })).toEqual({ status: 'decided', decision: '2' })
    expect(decide({ filedBefore: 'no', method: '1' })).toEqual({ status: 'decided', decision: '2' })
    expect(decide({ filedBefore: 'unsure' })).toEqual({ status: 'decided', decision: 'unsure' })
    expect(decide({ filedBefore: 'yes' })).toEqual({ status: 'pending', next: 'method' })
    expect(decide({ filedBefore: 'yes', method: '1' })).toEqual({
      status: 'decided',
      decision: '1-1',
    })
    expect(decide({ filedBefore: 'yes', method: '2' })).toEqual({
      status: 'decided',
      decision: '1-2',
    })
  })

  it('validates stored answers', () => {
    expect(v.parse(CaseAnswersSchema, { filedBefore: 'yes', method: '2' })).toEqual({
      filedBefore: 'yes',
      method: '2',
    })
    expect(v.safeParse(CaseAnswersSchema, {}).success).toBe(true)
    expect(v.safeParse(CaseAnswersSchema, { filedBefore: 'maybe' }).success).toBe(false)
    expect(v.safeParse(CaseAnswersSchema, { method: 1 }).success).toBe(false)
    expect(v.safeParse(CaseAnswersSchema, { filedBefore: 'no', extra: true }).success).toBe(false)
    expect(v.safeParse(CaseAnswersSchema, null).success).toBe(false)
  })

  it('asks the method with the guide’s own options', () => {
    const method = QUESTIONS[1]
    expect(method.askIf).toEqual({ filedBefore: 'yes' })
    expect(method.options.map((o) => renderMessage(guideJa, o.labelKey))).toEqual([
      '① 窓口、電話等でハローワークメールアドレスを登録する方法',
      '② 全てパソコンから登録（一度求人情報を新規で入力する必要あり）',
    ])
  })

  it('says what each path costs', () => {
    expect(CASE_COSTS['1-1']).toMatchObject({
      contactFirst: true,
      entersJobOffer: false,
      endsWithHonToroku: false,
      onlineFrom: 2,
      onlineTo: 5,
    })
    expect(renderMessage(guideJa, CASE_COSTS['1-1'].thenKey, costParams('1-1'))).toBe(
      'オンラインで4つの短い手順（手順2～5）',
    )
    expect(CASE_COSTS['1-2']).toMatchObject({
      contactFirst: false,
      entersJobOffer: true,
      endsWithHonToroku: true,
      onlineFrom: 1,
      onlineTo: 7,
    })
    expect(CASE_COSTS['2']).toMatchObject({
      contactFirst: false,
      entersJobOffer: true,
      endsWithHonToroku: true,
    })
  })

  it('gives a script for the unsure, starting with the Hello Work with jurisdiction', () => {
    expect(renderMessage(guideJa, UNSURE_SCRIPT.noteKey)).toBe(
      '※ハローワークに求人を出したことがあるかわからない場合は管轄のハローワークに問い合わせ下さい。',
    )
    expect(UNSURE_SCRIPT.contacts.map((c) => c.id)).toEqual([
      'helloWorkWithJurisdiction',
      'helpdesk',
    ])
    expect(UNSURE_SCRIPT.ask[0]).toBe('decision.unsure.ask.filedBefore')
  })
})
