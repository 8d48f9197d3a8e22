import { describe, expect, it } from 'vitest'
import { composedValue, excessPaidSentence, mentionsChangeScope, renewalCapLine } from './compose'
import { sampleDraft } from './testing/fixtures'
import type { JobOfferDraft } from './model'
import { statesExcessPaid } from './offer-check'

function fixedTerm(renewal: 'in-principle' | 'conditional'): JobOfferDraft {
  const d = sampleDraft()
  Object.assign(d.category, {
    employmentType: 'non-regular',
    employmentPeriod: 'fixed-4-months-or-more',
    contractRenewal: renewal,
    renewalConditions: '勤務成績により判断',
  })
  d.pr.specialNotes = '未経験の方も歓迎します。'
  return d
}

describe('the 2024-04 statements written into the portal’s fields', () => {
  it('closes 仕事内容 with 「変更範囲：…」, full-width colon', () => {
    const d = sampleDraft()
    d.job.description = '大工工事'
    d.job.changeScope = '変更なし'
    expect(composedValue(d, 'job.description', d.job.description)).toBe(
      '大工工事\n変更範囲：変更なし',
    )
    d.job.changeScope = ''
    expect(composedValue(d, 'job.description', d.job.description)).toBe('大工工事')
  })

  it('never writes it twice when typed by hand', () => {
    const d = sampleDraft()
    d.job.description = '大工工事\n変更範囲：変更なし\n'
    d.job.changeScope = '変更なし'
    expect(composedValue(d, 'job.description', d.job.description)).toBe(d.job.description)
    expect(mentionsChangeScope('変更の範囲:会社の定める業務')).toBe(true)
    expect(mentionsChangeScope('大工工事')).toBe(false)
  })

  it('puts a cap into 特記事項 for 原則更新 and into 契約更新の条件 for 条件付き', () => {
    const a = fixedTerm('in-principle')
    Object.assign(a.category, { renewalCap: 'capped', renewalCapYears: '5', renewalCapCount: '4' })
    expect(renewalCapLine(a)).toBe('更新上限：有（通算契約期間5年／更新回数4回）')
    expect(composedValue(a, 'pr.specialNotes', a.pr.specialNotes)).toBe(
      '未経験の方も歓迎します。\n更新上限：有（通算契約期間5年／更新回数4回）',
    )
    expect(composedValue(a, 'category.renewalConditions', '勤務成績により判断')).toBe(
      '勤務成績により判断',
    )
    const b = fixedTerm('conditional')
    Object.assign(b.category, { renewalCap: 'capped', renewalCapCount: '3' })
    expect(composedValue(b, 'category.renewalConditions', '勤務成績により判断')).toBe(
      '勤務成績により判断\n更新上限：有（更新回数3回）',
    )
    expect(composedValue(b, 'pr.specialNotes', b.pr.specialNotes)).toBe(b.pr.specialNotes)
  })

  it('writes nothing for 「なし」', () => {
    const d = fixedTerm('in-principle')
    d.category.renewalCap = 'none'
    expect(renewalCapLine(d)).toBe('')
    expect(composedValue(d, 'pr.specialNotes', d.pr.specialNotes)).toBe(d.pr.specialNotes)
  })
})

describe('the sentence on extra pay beyond fixed overtime', () => {
  it('is one the offer check accepts', () => {
    expect(excessPaidSentence('20')).toBe(
      '20時間を超える時間外労働、休日労働及び深夜労働に対する割増賃金は、追加で支給します。',
    )
    expect(statesExcessPaid(excessPaidSentence('20'))).toBe(true)
    expect(statesExcessPaid(excessPaidSentence(''))).toBe(true)
    expect(statesExcessPaid('固定残業代を含む')).toBe(false)
  })
})
