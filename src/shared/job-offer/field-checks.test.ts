import { describe, it, expect } from 'vitest'
import { sampleDraft, sampleProfile } from './testing/fixtures'
import { JOB_FIELD_RULES, JOB_SCREENS, jobRuleFor } from './field-table'
import { checkDraft, checkJobField, draftCompleteness, draftValue } from './field-checks'
import { guidance, type JobFinding } from './guidance'
import { emptyDraft } from './model'
import { deriveWorkCategory, judgeWorkCategory, parseTime, weeklyHoursOf } from './work-category'

const codes = (findings: JobFinding[]) => findings.map((f) => `${f.field} ${f.code}`)

describe('the job-offer rule table', () => {
  it('has unique ids, each naming a value of the draft, positions 1… per screen', () => {
    const ids = JOB_FIELD_RULES.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    const draft = emptyDraft('x')
    for (const id of ids) {
      const value = draftValue(draft, id)
      expect(value === '' || (Array.isArray(value) && value.length === 0), id).toBe(true)
    }
    for (const screen of [...JOB_SCREENS, 'app' as const]) {
      const positions = JOB_FIELD_RULES.filter((r) => r.screen === screen).map((r) => r.position)
      expect(positions).toEqual(positions.map((_, i) => i + 1))
    }
  })

  it('records 職種 at most 28 characters from a third-party source, others unknown', () => {
    expect(jobRuleFor('job.title')).toMatchObject({
      portalLabel: '職種',
      screen: 3,
      required: true,
      maxLength: 28,
      chars: 'zenkaku',
      certainty: { maxLength: 'third-party', label: 'third-party', screen: 'unverified' },
    })
    expect(jobRuleFor('job.description')?.maxLength).toBeUndefined()
    expect(jobRuleFor('wage.baseMin')).toMatchObject({ screen: 4, format: 'amount' })
    expect(jobRuleFor('category.employmentType')).toMatchObject({
      kind: 'option',
      options: 'employmentType',
      screen: 1,
    })
  })

  it('reuses the profile rules for the offer’s own workplace and its 担当者', () => {
    expect(jobRuleFor('workplace.own.address.postalCode')).toMatchObject({
      labelKey: 'profile.field.workplaces.address.postalCode',
      chars: 'hankaku-digits',
      format: 'postal-code',
    })
    expect(jobRuleFor('selection.contact.nameKana')).toMatchObject({
      portalLabel: '担当者氏名カナ',
      chars: 'zenkaku-katakana',
    })
  })
})

describe('checkJobField', () => {
  const draft = sampleDraft()

  it('warns (third-party limit) when 職種 is longer than 28 characters', () => {
    const d = sampleDraft()
    d.job.title = 'あ'.repeat(29)
    expect(checkJobField('job.title', d)).toEqual([
      {
        field: 'job.title',
        code: 'too-long',
        severity: 'warning',
        params: { max: 28, length: 29 },
      },
    ])
    d.job.title = 'あ'.repeat(28)
    expect(checkJobField('job.title', d)).toEqual([])
  })

  it('accepts amounts with separators, checks times and days', () => {
    expect(checkJobField('wage.baseMin', draft)).toEqual([])
    const d = sampleDraft()
    d.hours.shift1Start = '8:0'
    d.wage.closingDay = '32'
    expect(codes(checkJobField('hours.shift1Start', d))).toEqual(['hours.shift1Start format'])
    expect(codes(checkJobField('wage.closingDay', d))).toEqual(['wage.closingDay format'])
  })

  it('warns about an option id missing from its list', () => {
    const d = sampleDraft()
    d.category.employmentType = 'seishain'
    expect(checkJobField('category.employmentType', d)).toEqual([
      {
        field: 'category.employmentType',
        code: 'unknown-option',
        severity: 'warning',
        params: { value: 'seishain', list: 'employmentType' },
      },
    ])
  })

  it('refuses a 就業場所 index the profile does not have', () => {
    const d = sampleDraft()
    d.workplace.choice = '3'
    expect(codes(checkJobField('workplace.choice', d, sampleProfile()))).toEqual([
      'workplace.choice workplace-not-found',
    ])
  })

  it('takes the 労働者派遣事業の許可番号 in its real form, 派13-123456, without a character warning', () => {
    const d = sampleDraft()
    d.category.dispatch = 'dispatch'
    d.category.dispatchPermitNumber = '派13-123456'
    expect(checkJobField('category.dispatchPermitNumber', d)).toEqual([])
    d.category.dispatchPermitNumber = '派１３－１２３４５６' // settled and pasted half-width
    expect(checkJobField('category.dispatchPermitNumber', d)).toEqual([])
    d.category.dispatchPermitNumber = '13-123456'
    expect(checkJobField('category.dispatchPermitNumber', d)).toEqual([
      {
        field: 'category.dispatchPermitNumber',
        code: 'format',
        severity: 'warning',
        params: { format: 'dispatch-permit' },
      },
    ])
  })

  it('does not warn about characters the copy panel converts or removes', () => {
    const d = sampleDraft()
    d.job.title = 'ﾄﾗｯｸ運転手(2t)㈱\t'
    expect(checkJobField('job.title', d)).toEqual([])
    d.job.title = '𩸽の加工'
    expect(codes(checkJobField('job.title', d))).toEqual(['job.title risky-chars'])
  })

  it('skips fields that do not apply, requires them when they do', () => {
    const d = sampleDraft()
    expect(checkJobField('category.periodLength', d)).toEqual([])
    d.category.employmentPeriod = 'fixed-under-4-months'
    expect(codes(checkJobField('category.periodLength', d))).toEqual([
      'category.periodLength required',
    ])
  })
})

describe('age (年齢不問 unless a legal exception applies)', () => {
  it('says nothing about age for 不問', () => {
    expect(codes(checkDraft(sampleDraft())).filter((c) => c.startsWith('job.age'))).toEqual([])
  })

  it('checks only the form of an age limit: its content is the offer check’s', () => {
    const d = sampleDraft()
    Object.assign(d.job, { ageLimit: 'limited', ageMin: '40', ageMax: '３５才', ageReason: '' })
    // 「３５才」: the width is converted when copied; the unit is named, with the number offered.
    expect(codes(checkDraft(d)).filter((c) => c.startsWith('job.age'))).toEqual([
      'job.ageMax format',
    ])
  })
})

describe('working conditions stated explicitly', () => {
  it('finds a missing wage range, hours and holidays', () => {
    const d = emptyDraft('x')
    const found = guidance(d).filter((f) => f.code === 'conditions-not-explicit')
    expect(found.map((f) => f.params?.part)).toEqual(['wage', 'hours', 'holidays'])
    expect(guidance(sampleDraft())).toEqual([])
  })

  it('checks only the form of 固定残業代: what must be stated is the offer check’s', () => {
    const d = sampleDraft()
    d.wage.fixedOvertime = 'yes'
    d.wage.fixedOvertimeAmount = '3万円'
    expect(codes(checkDraft(d)).filter((c) => c.startsWith('wage.fixed'))).toEqual([
      'wage.fixedOvertimeAmount chars',
    ])
  })

  it('finds an inverted wage range', () => {
    const d = sampleDraft()
    d.wage.baseMax = '200,000'
    expect(codes(guidance(d))).toEqual(['wage.baseMax wage-range-inverted'])
  })
})

describe('full- vs part-time follows the hours', () => {
  it('derives the category from weekly hours against the full-time hours (40 assumed)', () => {
    expect(deriveWorkCategory(40)).toBe('full-time')
    expect(deriveWorkCategory(37.5)).toBe('part-time')
    expect(deriveWorkCategory(37.5, 37.5)).toBe('full-time')
    expect(deriveWorkCategory(20, 37.5)).toBe('part-time')
  })

  it('estimates weekly hours from shift 1, the break and the days when not typed', () => {
    const d = emptyDraft('x')
    Object.assign(d.hours, {
      shift1Start: '9:00',
      shift1End: '15:00',
      breakMinutes: '60',
      weeklyDays: '４',
    })
    expect(weeklyHoursOf(d)).toBe(20)
    expect(judgeWorkCategory(d)).toEqual({
      derived: 'part-time',
      weeklyHours: 20,
      fullTimeWeeklyHours: 40,
      assumed: true,
    })
    expect(parseTime('22:00')).toBe(1320)
    expect(parseTime('25:70')).toBeNull()
  })

  it('does not read a break as long as the shift or longer as a shift of no work', () => {
    const d = emptyDraft('x')
    Object.assign(d.hours, {
      shift1Start: '9:00',
      shift1End: '10:00',
      breakMinutes: '60',
      weeklyDays: '5',
    })
    expect(weeklyHoursOf(d)).toBeNull()
    expect(judgeWorkCategory(d).derived).toBeNull()
    d.hours.breakMinutes = '59'
    expect(weeklyHoursOf(d)).toBeCloseTo(5 / 60)
  })

  it('warns, without blocking, when the chosen 求人区分 disagrees', () => {
    const d = sampleDraft()
    d.hours.weeklyHours = '30'
    const found = guidance(d)
    expect(found).toEqual([
      {
        field: 'category.workCategory',
        code: 'work-category-mismatch',
        severity: 'warning',
        params: {
          derived: 'part-time',
          derivedLabel: 'パート',
          weeklyHours: 30,
          fullTimeWeeklyHours: 40,
        },
      },
    ])
  })

  it('checks the 雇用形態 against the 求人区分 and 派遣・請負', () => {
    const d = sampleDraft()
    d.category.employmentType = 'part-time'
    d.hours.weeklyHours = ''
    d.hours.weeklyDays = ''
    expect(codes(guidance(d))).toEqual(['category.employmentType employment-type-category'])
    const e = sampleDraft()
    e.category.employmentType = 'fixed-term-dispatch'
    expect(codes(guidance(e))).toEqual(['category.dispatch dispatch-mismatch'])
  })

  it('leaves a retirement age under 60 to the offer check', () => {
    const d = sampleDraft()
    d.insurance.retirementAgeValue = '55'
    expect(codes(checkDraft(d)).filter((c) => c.startsWith('insurance.'))).toEqual([])
  })
})

describe('draftCompleteness', () => {
  it('lists the required fields still empty, per job screen', () => {
    expect(
      draftCompleteness(sampleDraft(), sampleProfile()).every((s) => s.missing.length === 0),
    ).toBe(true)
    const d = sampleDraft()
    d.job.description = ''
    d.selection.methods = []
    const missing = draftCompleteness(d, sampleProfile()).map((s) => [s.screen, s.missing])
    expect(missing).toEqual([
      [1, []],
      [2, []],
      [3, ['job.description']],
      [4, []],
      [5, []],
      [6, []],
      [7, []],
      [8, ['selection.methods']],
    ])
  })

  it('takes the 担当者 from the profile only when given it', () => {
    const d = sampleDraft()
    const screen8 = (p?: ReturnType<typeof sampleProfile>) =>
      draftCompleteness(d, p).find((s) => s.screen === 8)?.missing
    expect(screen8()).toEqual([
      'selection.contact.name',
      'selection.contact.nameKana',
      'selection.contact.phone',
    ])
    expect(screen8(sampleProfile())).toEqual([])
  })
})
