import * as v from 'valibot'
import type { Profile } from '../../profile/model'
import { sampleProfile } from './fixtures'
import { JobOfferDraftSchema, type JobOfferDraft } from '../model'

/**
 * Test data of the offer check (unit, e2e and bench): a hurried owner's offer with every fault the
 * check looks for, typed by hand. Not shipped.
 */

/**
 * ¥500 an hour, a 10-hour day with no break, 60 hours a week, 0 days off a year, 80 hours of fixed
 * overtime, 営業マン, 18–64 under exception 1号 with a 定年 of 60 and no 継続雇用, 転勤あり with no
 * range, a fixed-term contract 原則更新 that does not say whether renewals are capped, and no
 * 変更範囲; the workplace is in 東京. The draft's id is 'hurried'.
 */
export function hurriedOffer(): { draft: JobOfferDraft; profile: Profile } {
  const profile = sampleProfile()
  Object.assign(profile.establishment.address, {
    postalCode: '160-0023',
    prefecture: '東京都',
    city: '新宿区',
    town: '西新宿',
    street: '1-1-1',
  })
  const draft = v.parse(JobOfferDraftSchema, {
    id: 'hurried',
    category: {
      workCategory: 'full-time',
      employmentType: 'non-regular',
      employmentTypeName: '契約社員',
      dispatch: 'none',
      employmentPeriod: 'fixed-4-months-or-more',
      periodLength: '1年',
      contractRenewal: 'in-principle',
      publication: 'full',
    },
    workplace: {
      choice: '0',
      smokingMeasures: 'yes',
      smoking: 'no-smoking-indoors',
      transfer: 'yes',
      carCommute: 'no',
    },
    job: {
      title: '営業マン',
      description: '法人のお客様へのルート営業です。',
      ageLimit: 'limited',
      ageMin: '18',
      ageMax: '64',
      ageReason: 'no1',
      education: 'any',
      experience: 'none',
      license: 'none',
      trialPeriod: 'no',
    },
    wage: {
      wageType: 'hourly',
      baseMin: '500',
      baseMax: '500',
      fixedOvertime: 'yes',
      fixedOvertimeAmount: '40000',
      fixedOvertimeHours: '80',
      commuting: 'none',
    },
    hours: {
      shift1Start: '8:00',
      shift1End: '18:00',
      breakMinutes: '0',
      variableHours: 'none',
      overtime: 'no',
      weeklyDays: '6',
      weeklyHours: '60',
      annualHolidays: '0',
      holidays: 'なし',
    },
    insurance: { retirementAge: 'yes', retirementAgeValue: '60', reemployment: 'no' },
  })
  return { draft, profile }
}
