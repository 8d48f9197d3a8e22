import { describe, it, expect } from 'vitest'
import * as v from 'valibot'
import { emptyProfile } from '../profile/model'
import { sampleDraft, sampleProfile } from './testing/fixtures'
import {
  JobOfferDraftSchema,
  duplicateDraft,
  effectiveContact,
  emptyDraft,
  type JobOfferDraft,
} from './model'
import {
  DISPATCH_EMPLOYMENT_TYPES,
  EMPLOYMENT_TYPES_BY_CATEGORY,
  OPTION_LISTS,
  optionLabel,
} from './options'

const labels = (id: keyof typeof OPTION_LISTS) => OPTION_LISTS[id].options.map((o) => o.label)

describe('option lists', () => {
  it('has the 雇用形態 of each 求人区分 (third-party)', () => {
    expect(labels('employmentType')).toEqual([
      '正社員',
      '正社員以外',
      '有期雇用派遣労働者',
      '無期雇用派遣労働者',
      'パート労働者',
      '有期雇用派遣パート',
      '無期雇用派遣パート',
    ])
    expect(OPTION_LISTS.employmentType.certainty).toBe('third-party')
    expect(
      EMPLOYMENT_TYPES_BY_CATEGORY['full-time'].map((id) => optionLabel('employmentType', id)),
    ).toEqual(['正社員', '正社員以外', '有期雇用派遣労働者', '無期雇用派遣労働者'])
    expect(
      EMPLOYMENT_TYPES_BY_CATEGORY['part-time'].map((id) => optionLabel('employmentType', id)),
    ).toEqual(['パート労働者', '有期雇用派遣パート', '無期雇用派遣パート'])
    expect(DISPATCH_EMPLOYMENT_TYPES).toHaveLength(4)
  })

  it('has 雇用期間, 契約更新, 派遣・請負, 年齢, 加入保険', () => {
    expect(labels('employmentPeriod')).toEqual([
      '雇用期間の定めなし',
      '雇用期間の定めあり（4ヶ月以上）',
      '雇用期間の定めあり（4ヶ月未満）',
    ])
    expect(labels('contractRenewal')).toEqual([
      'あり（原則更新）',
      'あり（条件付きで更新あり）',
      'なし',
    ])
    expect(labels('dispatch')).toEqual(['派遣', '請負', '派遣・請負ではない'])
    expect(labels('ageLimit')).toEqual(['不問', '制限あり'])
    expect(OPTION_LISTS.ageLimit.certainty).toBe('verified')
    expect(labels('ageReason')).toHaveLength(6)
    expect(OPTION_LISTS.ageReason.certainty).toBe('unverified')
    expect(labels('insurance').slice(0, 4)).toEqual([
      '雇用保険',
      '労災保険',
      '健康保険',
      '厚生年金',
    ])
    expect(labels('workCategory')).toEqual(['フルタイム', 'パート'])
  })

  it('has unique ids in every list', () => {
    for (const [name, list] of Object.entries(OPTION_LISTS)) {
      const ids = list.options.map((o) => o.id)
      expect(new Set(ids).size, name).toBe(ids.length)
    }
  })
})

describe('the draft model', () => {
  it('starts empty, choosing the only 就業場所', () => {
    const d = emptyDraft('a')
    expect(d.id).toBe('a')
    expect(d.job.title).toBe('')
    expect(d.insurance.insurances).toEqual([])
    expect(d.workplace.choice).toBe('')
    expect(emptyDraft('b', sampleProfile()).workplace.choice).toBe('0')
  })

  it('parses any half-filled draft, refuses non-plain sections and runaway strings', () => {
    expect(v.parse(JobOfferDraftSchema, { id: 'x', job: { title: '大工' } }).job.title).toBe('大工')
    expect(v.safeParse(JobOfferDraftSchema, { id: 'x', job: [] }).success).toBe(false)
    expect(v.safeParse(JobOfferDraftSchema, { id: 'x', job: { other: '' } }).success).toBe(false)
    expect(
      v.safeParse(JobOfferDraftSchema, { id: 'x', job: { title: 'a'.repeat(501) } }).success,
    ).toBe(false)
    expect(v.safeParse(JobOfferDraftSchema, { id: '' }).success).toBe(false)
  })

  it('takes each empty 担当者 value from the profile', () => {
    const d = sampleDraft()
    d.selection.contact.name = '山田　一郎'
    expect(effectiveContact(d, sampleProfile())).toEqual({
      department: '総務部',
      name: '山田　一郎',
      nameKana: 'サトウ　ミサキ',
      phone: '025-123-4567',
      fax: '025-123-4568',
      extension: '',
      email: 'saiyo@sakura-koumuten.example.jp',
    })
    expect(effectiveContact(emptyDraft('x'), emptyProfile()).name).toBe('')
  })
})

describe('duplicateDraft', () => {
  it('copies everything but the fields of this one post, under the new id', () => {
    const original: JobOfferDraft = sampleDraft()
    Object.assign(original.job, { ageLimit: 'limited', ageMax: '35', ageReason: 'no3i' })
    const copy = duplicateDraft(original, 'next')
    expect(copy.id).toBe('next')
    expect(copy.job).toEqual({
      title: '',
      description: '',
      changeScope: '',
      ageLimit: '',
      ageMin: '',
      ageMax: '',
      ageReason: '',
      ageReasonNote: '',
      education: 'any',
      experience: '',
      experienceDetail: '',
      pcSkills: '',
      license: '',
      licenseDetail: '',
      trialPeriod: 'yes',
      trialPeriodLength: '3ヶ月',
      trialConditions: 'same',
      trialConditionsNote: '',
      trialWage: '',
    })
    expect(copy.selection.hires).toBe('')
    expect(copy.selection.reason).toBe('')
    expect(copy.wage).toEqual(original.wage)
    expect(copy.hours).toEqual(original.hours)
    expect(copy.insurance).toEqual(original.insurance)
    expect(copy.selection.methods).toEqual(['documents', 'interview'])
    expect(copy.workplace).toEqual(original.workplace)
  })

  it('is a deep copy: editing it leaves the original alone', () => {
    const original = sampleDraft()
    const copy = duplicateDraft(original, 'next')
    copy.insurance.insurances.push('asset-formation')
    copy.wage.baseMin = '1'
    expect(original.insurance.insurances).toEqual([
      'employment',
      'workers-accident',
      'health',
      'pension',
    ])
    expect(original.wage.baseMin).toBe('230,000')
    expect(original.job.title).toBe('大工（木造住宅の新築・リフォーム）')
  })
})
