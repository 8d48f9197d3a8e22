import type { Finding, FindingCode } from '../field-rules/core'
import { bareAmount } from '../profile/settle'
import type { JobOfferDraft } from './model'
import {
  DISPATCH_EMPLOYMENT_TYPES,
  EMPLOYMENT_TYPES_BY_CATEGORY,
  isOption,
  optionLabel,
  type EmploymentTypeId,
} from './options'
import { judgeWorkCategory, parseNumber } from './work-category'

/** Codes beyond the profile's own (`FindingCode`); message keys under `jobOffer.finding`. */
export const JOB_GUIDANCE_CODES = [
  'unknown-option',
  'conditions-not-explicit',
  'wage-range-inverted',
  'work-category-mismatch',
  'employment-type-category',
  'dispatch-mismatch',
  'workplace-not-found',
] as const
export type JobFindingCode = FindingCode | (typeof JOB_GUIDANCE_CODES)[number]

export type JobFinding = Finding<JobFindingCode>

/**
 * Guidance on the form (all warnings: the user decides, Hello Work checks). Codes are message keys
 * under `jobOffer.finding`. What the law and Hello Work's practice say about the content (age,
 * retirement, fixed overtime, the 2024-04 statements, …) is the offer check's (offer-check.ts).
 */
export function guidance(draft: JobOfferDraft): JobFinding[] {
  const out: JobFinding[] = []
  const warn = (field: string, code: JobFindingCode, params?: JobFinding['params']): void => {
    out.push({ field, code, severity: 'warning', ...(params ? { params } : {}) })
  }
  const { wage, hours, category } = draft

  // Working conditions stated explicitly: a wage range, the hours, the holidays.
  if (wage.baseMin.trim() === '' || wage.baseMax.trim() === '') {
    warn('wage.baseMin', 'conditions-not-explicit', { part: 'wage' })
  }
  if (hours.shift1Start.trim() === '' || hours.shift1End.trim() === '') {
    warn('hours.shift1Start', 'conditions-not-explicit', { part: 'hours' })
  }
  if (hours.holidays.trim() === '' || hours.annualHolidays.trim() === '') {
    warn('hours.holidays', 'conditions-not-explicit', { part: 'holidays' })
  }
  const lo = parseNumber(bareAmount(wage.baseMin))
  const hi = parseNumber(bareAmount(wage.baseMax))
  if (lo !== null && hi !== null && lo > hi) warn('wage.baseMax', 'wage-range-inverted')

  // 求人区分 follows the hours (V).
  const judged = judgeWorkCategory(draft)
  if (
    judged.derived !== null &&
    (category.workCategory === 'full-time' || category.workCategory === 'part-time') &&
    judged.derived !== category.workCategory
  ) {
    warn('category.workCategory', 'work-category-mismatch', {
      derived: judged.derived,
      derivedLabel: optionLabel('workCategory', judged.derived) ?? '',
      weeklyHours: judged.weeklyHours ?? 0,
      fullTimeWeeklyHours: judged.fullTimeWeeklyHours,
    })
  }
  const type = category.employmentType as EmploymentTypeId
  if (
    (category.workCategory === 'full-time' || category.workCategory === 'part-time') &&
    isOption('employmentType', type) &&
    !(EMPLOYMENT_TYPES_BY_CATEGORY[category.workCategory] as readonly string[]).includes(type)
  ) {
    warn('category.employmentType', 'employment-type-category', {
      category: category.workCategory,
    })
  }
  if (isOption('employmentType', type) && category.dispatch !== '') {
    const dispatchType = DISPATCH_EMPLOYMENT_TYPES.includes(type)
    if (dispatchType !== (category.dispatch === 'dispatch')) {
      warn('category.dispatch', 'dispatch-mismatch')
    }
  }
  return out
}
