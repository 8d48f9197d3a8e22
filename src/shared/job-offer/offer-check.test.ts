import fc from 'fast-check'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { jstDateOf, parsePlainDate, type PlainDate } from '../dates'
import { ProfileSchema, type Profile } from '../profile/model'
import { sampleDraft, sampleProfile } from './testing/fixtures'
import { hurriedOffer } from './testing/offers'
import type { EnteredRate } from './minimum-wage-lookup'
import { JobOfferDraftSchema, emptyDraft, type JobOfferDraft } from './model'
import { applies, jobRuleFor } from './field-table'
import { checkOffer, findingsByField, type OfferFinding } from './offer-check'
import { offerFindingMessageKey } from './messages'
import { jobOfferEn } from './messages.en'
import { jobOfferJa } from './messages.ja'
import { OFFER_RULES, type OfferRuleId } from './offer-rules'

/** Filed in June 2026: inside the minimum-wage table's horizon, so only its own rules speak. */
const JUNE = parsePlainDate('2026-06-01')

interface Case {
  draft: JobOfferDraft
  profile?: Profile
  on?: PlainDate
  rates?: EnteredRate[]
}

const rulesOf = (c: Case): OfferRuleId[] =>
  checkOffer(c.draft, c.profile ?? sampleProfile(), c.on ?? JUNE, c.rates ?? []).map((f) => f.rule)

/** The sample with changes, written out by hand in each case below. */
function edit(change: (d: JobOfferDraft) => void): JobOfferDraft {
  const d = sampleDraft()
  change(d)
  return d
}

/** An hourly wage without allowances (新潟県: 1,050 from 2025-10-02, 985 before). */
const hourly = (amount: string, more: (d: JobOfferDraft) => void = () => {}) =>
  edit((d) => {
    Object.assign(d.wage, { wageType: 'hourly', baseMin: amount, baseMax: amount })
    Object.assign(d.wage, { allowance1Name: '', allowance1Amount: '', allowance1Kind: '' })
    more(d)
  })

const fixedTerm = (d: JobOfferDraft) =>
  Object.assign(d.category, {
    employmentType: 'non-regular',
    employmentTypeName: '契約社員',
    employmentPeriod: 'fixed-4-months-or-more',
    periodLength: '1年',
    contractRenewal: 'in-principle',
    renewalCap: 'none',
  })

const limitedAge = (job: Partial<JobOfferDraft['job']>) => (d: JobOfferDraft) =>
  Object.assign(d.job, {
    ageLimit: 'limited',
    ageReasonNote: '長期勤続によるキャリア形成のため',
    ...job,
  })

/**
 * For every rule: a draft that breaks it and one that does not. A `Record` over the rule ids, so a
 * rule added to the table without its two drafts does not compile.
 */
const CASES: Record<OfferRuleId, { breaks: Case; passes: Case }> = {
  'min-wage-below': { breaks: { draft: hourly('900') }, passes: { draft: hourly('1,050') } },
  'min-wage-trial-below': {
    breaks: {
      draft: edit((d) =>
        Object.assign(d.job, {
          trialConditions: 'different',
          trialConditionsNote: '試用期間中は月給16万円',
          trialWage: '160,000',
        }),
      ),
    },
    passes: {
      draft: edit((d) =>
        Object.assign(d.job, {
          trialConditions: 'different',
          trialConditionsNote: '試用期間中は月給20万円',
          trialWage: '200,000',
        }),
      ),
    },
  },
  'min-wage-upcoming': {
    // Filed 2025-08-01, open to 2025-10-31; 新潟 goes from 985 to 1,050 on 2025-10-02.
    breaks: { draft: hourly('1000'), on: parsePlainDate('2025-08-01') },
    passes: { draft: hourly('1100'), on: parsePlainDate('2025-08-01') },
  },
  'min-wage-table-horizon': {
    breaks: { draft: sampleDraft(), on: parsePlainDate('2026-11-30') },
    passes: {
      draft: sampleDraft(),
      on: parsePlainDate('2026-11-30'),
      rates: [{ prefecture: '新潟県', amount: 1100, effectiveFrom: '2026-10-10' }],
    },
  },
  'min-wage-allowance-kind': {
    // 170,000 alone is about 980 an hour; with the 20,000 allowance about 1,096.
    breaks: {
      draft: edit((d) =>
        Object.assign(d.wage, {
          baseMin: '170,000',
          allowance1Amount: '20000',
          allowance1Kind: '',
        }),
      ),
    },
    passes: {
      draft: edit((d) =>
        Object.assign(d.wage, {
          baseMin: '170,000',
          allowance1Amount: '20000',
          allowance1Kind: 'other',
        }),
      ),
    },
  },
  'min-wage-unchecked': {
    breaks: { draft: hourly('1,200円〜') },
    passes: { draft: hourly('1,200円') },
  },
  'break-short': {
    breaks: {
      draft: edit((d) =>
        Object.assign(d.hours, { shift1Start: '9:00', shift1End: '18:00', breakMinutes: '45' }),
      ),
    },
    passes: {
      draft: edit((d) =>
        Object.assign(d.hours, { shift1Start: '9:00', shift1End: '18:00', breakMinutes: '60' }),
      ),
    },
  },
  'daily-over-8': {
    breaks: {
      draft: edit((d) => Object.assign(d.hours, { variableHours: 'none', shift1End: '18:00' })),
    },
    passes: {
      draft: edit((d) =>
        Object.assign(d.hours, { variableHours: 'one-month', shift1End: '18:00' }),
      ),
    },
  },
  'weekly-over-40': {
    breaks: {
      draft: edit((d) => Object.assign(d.hours, { variableHours: 'none', weeklyHours: '45' })),
    },
    passes: {
      draft: edit((d) => Object.assign(d.hours, { variableHours: 'none', weeklyHours: '40' })),
    },
  },
  'weekly-day-off': {
    breaks: { draft: edit((d) => (d.hours.annualHolidays = '40')) },
    passes: { draft: edit((d) => (d.hours.annualHolidays = '105')) },
  },
  'annual-hours-over': {
    breaks: { draft: edit((d) => (d.hours.annualHolidays = '80')) },
    passes: { draft: edit((d) => (d.hours.annualHolidays = '110')) },
  },
  'overtime-over-45': {
    breaks: { draft: edit((d) => (d.hours.overtimeMonthly = '50')) },
    passes: { draft: edit((d) => (d.hours.overtimeMonthly = '30')) },
  },
  'fixed-overtime-over-45': {
    breaks: {
      draft: edit((d) =>
        Object.assign(d.wage, {
          fixedOvertime: 'yes',
          fixedOvertimeAmount: '80000',
          fixedOvertimeHours: '50',
          fixedOvertimeNote: '50時間を超える時間外労働分は追加で支給します。',
        }),
      ),
    },
    passes: {
      draft: edit((d) =>
        Object.assign(d.wage, {
          fixedOvertime: 'yes',
          fixedOvertimeAmount: '30000',
          fixedOvertimeHours: '20',
          fixedOvertimeNote: '20時間を超える時間外労働分は追加で支給します。',
        }),
      ),
    },
  },
  'hours-unchecked': {
    breaks: { draft: edit((d) => (d.hours.shift1Start = '9時〜18時')) },
    passes: { draft: edit((d) => (d.hours.shift1Start = '９時００分')) },
  },
  'fixed-overtime-statement': {
    breaks: {
      draft: edit((d) =>
        Object.assign(d.wage, {
          fixedOvertime: 'yes',
          fixedOvertimeAmount: '30000',
          fixedOvertimeHours: '20',
        }),
      ),
    },
    passes: {
      draft: edit((d) =>
        Object.assign(d.wage, {
          fixedOvertime: 'yes',
          fixedOvertimeAmount: '30000',
          fixedOvertimeHours: '20',
          fixedOvertimeNote: '20時間を超える時間外・休日・深夜労働の割増賃金は別途支給します。',
        }),
      ),
    },
  },
  'age-exception-missing': {
    breaks: { draft: edit(limitedAge({ ageMax: '64', ageReason: '' })) },
    passes: { draft: edit(limitedAge({ ageMax: '64', ageReason: 'no1' })) },
  },
  'age-range': {
    breaks: { draft: edit(limitedAge({ ageReason: 'no1' })) },
    passes: { draft: edit(limitedAge({ ageMax: '64', ageReason: 'no1' })) },
  },
  'age-exception-direction': {
    // The sample's 定年 is 65: 1号 allows 64歳以下 only.
    breaks: { draft: edit(limitedAge({ ageMin: '18', ageMax: '64', ageReason: 'no1' })) },
    passes: { draft: edit(limitedAge({ ageMax: '64', ageReason: 'no1' })) },
  },
  'age-exception-indefinite': {
    breaks: {
      draft: edit((d) => {
        fixedTerm(d)
        limitedAge({ ageMax: '34', ageReason: 'no3i' })(d)
      }),
    },
    passes: { draft: edit(limitedAge({ ageMax: '34', ageReason: 'no3i' })) },
  },
  'age-exception-3i-experience': {
    breaks: {
      draft: edit(limitedAge({ ageMax: '34', ageReason: 'no3i', experience: 'required' })),
    },
    passes: { draft: edit(limitedAge({ ageMax: '34', ageReason: 'no3i', experience: 'none' })) },
  },
  'age-exception-unverifiable': {
    breaks: { draft: edit(limitedAge({ ageMin: '30', ageMax: '39', ageReason: 'no3ro' })) },
    passes: { draft: edit(limitedAge({ ageMin: '18', ageReason: 'no2' })) },
  },
  'age-upper-reason': {
    breaks: { draft: edit(limitedAge({ ageMax: '34', ageReason: 'no3i', ageReasonNote: '' })) },
    passes: { draft: edit(limitedAge({ ageMax: '34', ageReason: 'no3i' })) },
  },
  'retirement-under-60': {
    breaks: { draft: edit((d) => (d.insurance.retirementAgeValue = '55')) },
    passes: { draft: edit((d) => (d.insurance.retirementAgeValue = '65')) },
  },
  'retirement-continued-employment': {
    breaks: {
      draft: edit((d) =>
        Object.assign(d.insurance, {
          retirementAgeValue: '60',
          reemployment: 'no',
          reemploymentMaxAge: '',
        }),
      ),
    },
    passes: {
      draft: edit((d) =>
        Object.assign(d.insurance, {
          retirementAgeValue: '60',
          reemployment: 'yes',
          reemploymentMaxAge: '65',
        }),
      ),
    },
  },
  'gendered-wording': {
    breaks: { draft: edit((d) => (d.job.title = '営業マン')) },
    passes: { draft: edit((d) => (d.job.title = '営業マン（男女）')) },
  },
  'change-scope-missing': {
    breaks: { draft: edit((d) => (d.job.changeScope = '')) },
    passes: { draft: edit((d) => (d.job.changeScope = '会社の定める業務（営業・事務）')) },
  },
  'transfer-scope-missing': {
    breaks: {
      draft: edit((d) => Object.assign(d.workplace, { transfer: 'yes', transferScope: '' })),
    },
    passes: {
      draft: edit((d) =>
        Object.assign(d.workplace, { transfer: 'yes', transferScope: '新潟県内の現場事務所' }),
      ),
    },
  },
  'renewal-basis-missing': {
    breaks: {
      draft: edit((d) => {
        fixedTerm(d)
        d.category.contractRenewal = ''
      }),
    },
    passes: {
      draft: edit((d) => {
        fixedTerm(d)
        d.category.contractRenewal = 'none'
      }),
    },
  },
  'renewal-cap-unanswered': {
    breaks: {
      draft: edit((d) => {
        fixedTerm(d)
        d.category.renewalCap = ''
      }),
    },
    passes: {
      draft: edit((d) => {
        fixedTerm(d)
        d.category.renewalCap = 'none'
      }),
    },
  },
  'renewal-criteria-abstract': {
    breaks: {
      draft: edit((d) => {
        fixedTerm(d)
        Object.assign(d.category, {
          contractRenewal: 'conditional',
          renewalConditions: '諸般の事情を総合的に考慮して判断',
        })
      }),
    },
    passes: {
      draft: edit((d) => {
        fixedTerm(d)
        Object.assign(d.category, {
          contractRenewal: 'conditional',
          renewalConditions: '勤務成績と契約期間満了時の業務量により判断',
        })
      }),
    },
  },
  'smoking-area-work': {
    breaks: {
      draft: edit((d) => Object.assign(d.workplace, { smoking: 'smoking-room', smokingNote: '' })),
    },
    passes: {
      draft: edit((d) =>
        Object.assign(d.workplace, {
          smoking: 'smoking-room',
          smokingNote: '喫煙可能区域での業務なし',
        }),
      ),
    },
  },
  'smoking-area-age': {
    breaks: {
      draft: edit((d) =>
        Object.assign(d.workplace, {
          smoking: 'smoking-allowed',
          smokingNote: '喫煙可能区域での業務あり',
        }),
      ),
    },
    passes: {
      draft: edit((d) => {
        Object.assign(d.workplace, {
          smoking: 'smoking-allowed',
          smokingNote: '喫煙可能区域での業務あり',
        })
        Object.assign(d.job, { ageLimit: 'limited', ageMin: '20', ageReason: 'no2' })
      }),
    },
  },
}

describe('every rule of the offer check', () => {
  for (const rule of OFFER_RULES) {
    it(`${rule.id}: finds the draft that breaks it, and not the one that keeps it`, () => {
      const c = CASES[rule.id]
      expect(rulesOf(c.breaks)).toContain(rule.id)
      expect(rulesOf(c.passes)).not.toContain(rule.id)
    })
  }

  it('has a message, in ja and en, for every finding the drafts above give', () => {
    const all = [
      ...Object.values(CASES).flatMap((c) => [c.breaks, c.passes]),
      { draft: hurriedOffer().draft, profile: hurriedOffer().profile },
      { draft: hourly('900'), on: parsePlainDate('2026-11-30') },
      { draft: hourly('1,100'), on: parsePlainDate('2024-01-01') },
    ]
    const keys = new Set(
      all.flatMap((c) =>
        checkOffer(c.draft, c.profile ?? sampleProfile(), c.on ?? JUNE, c.rates ?? []).map(
          offerFindingMessageKey,
        ),
      ),
    )
    for (const key of keys) {
      for (const messages of [jobOfferJa, jobOfferEn]) {
        let node: unknown = { jobOffer: messages }
        for (const part of key.split('.')) node = (node as Record<string, unknown>)?.[part]
        expect(node, key).toBeTypeOf('string')
      }
    }
    expect(keys.size).toBeGreaterThan(OFFER_RULES.length)
  })

  it('points each finding at a field the editor shows (so its link lands somewhere)', () => {
    const all = [
      ...Object.values(CASES).flatMap((c) => [c.breaks, c.passes]),
      { draft: hurriedOffer().draft, profile: hurriedOffer().profile },
    ]
    for (const c of all) {
      for (const f of checkOffer(
        c.draft,
        c.profile ?? sampleProfile(),
        c.on ?? JUNE,
        c.rates ?? [],
      )) {
        const field = f.unread?.[0]?.field ?? f.fields[0] ?? ''
        const rule = jobRuleFor(field)
        expect(rule, `${f.rule} ${field}`).toBeDefined()
        if (rule) expect(applies(rule, c.draft), `${f.rule} ${field}`).toBe(true)
      }
    }
  })

  it('gives each finding the severity of its rule', () => {
    for (const rule of OFFER_RULES) {
      const c = CASES[rule.id].breaks
      const found = checkOffer(c.draft, c.profile ?? sampleProfile(), c.on ?? JUNE, c.rates ?? [])
      expect(found.find((f) => f.rule === rule.id)?.severity).toBe(rule.severity)
    }
  })
})

describe('the hurried owner’s offer', () => {
  it('gives a finding for each of its faults', () => {
    const { draft, profile } = hurriedOffer()
    const found = checkOffer(draft, profile, JUNE)
    const rules = found.map((f) => f.rule)
    for (const fault of [
      'min-wage-below', // ¥500 an hour in 東京 (1,226)
      'break-short', // 10 hours with no break
      'daily-over-8',
      'weekly-over-40', // 60 hours a week
      'weekly-day-off', // 0 days off a year
      'fixed-overtime-over-45', // 80 hours
      'gendered-wording', // 営業マン
      'age-exception-direction', // 18–64 under 1号 with 定年 60
      'retirement-continued-employment', // 定年 60 without 継続雇用
      'transfer-scope-missing',
      'renewal-cap-unanswered',
      'change-scope-missing',
    ] as const) {
      expect(rules, fault).toContain(fault)
    }
    expect(found.find((f) => f.rule === 'min-wage-below')).toMatchObject({
      severity: 'refused',
      params: { prefecture: '東京都', amount: 1226, effectiveFrom: '2025-10-03', hourly: 500 },
    })
    expect(found.filter((f) => f.rule === 'age-exception-direction').map((f) => f.variant)).toEqual(
      ['lowerNotAllowed', 'upperAtRetirement'],
    )
    expect(
      found.find((f) => f.rule === 'age-exception-direction' && f.variant === 'upperAtRetirement')
        ?.params,
    ).toEqual({ retirementAge: 60, expected: 59 })
    // The most serious first.
    const order = found.map((f) => ['refused', 'correction', 'advice'].indexOf(f.severity))
    expect(order).toEqual([...order].sort((a, b) => a - b))
  })
})

describe('the sample offer', () => {
  it('gives no refusal, today or on a day inside the table', () => {
    for (const on of [JUNE, parsePlainDate('2026-11-30'), parsePlainDate('2025-01-15')]) {
      const found = checkOffer(sampleDraft(), sampleProfile(), on)
      expect(found.filter((f) => f.severity === 'refused')).toEqual([])
    }
    expect(checkOffer(sampleDraft(), sampleProfile(), JUNE)).toEqual([])
  })
})

describe('minimum wage details', () => {
  it('converts a monthly wage with the yearly hours and counts only allowances that count', () => {
    // 新潟: (150,000 + 10,000 other) × 12 ÷ (260 days × 8 h) ≈ 923 < 1,050; the 家族手当 never counts.
    const d = edit((x) =>
      Object.assign(x.wage, {
        baseMin: '150,000',
        allowance2Name: '家族手当',
        allowance2Amount: '50000',
        allowance2Kind: 'family',
      }),
    )
    const found = checkOffer(d, sampleProfile(), JUNE).find((f) => f.rule === 'min-wage-below')
    expect(found?.params).toMatchObject({ prefecture: '新潟県', amount: 1050, hourly: 923 })
  })

  it('asks for the current rate after the horizon, and uses it once entered', () => {
    const d = hourly('1,100')
    const on = parsePlainDate('2026-11-30')
    const before = checkOffer(d, sampleProfile(), on)
    expect(before.map((f) => f.rule)).toEqual(['min-wage-table-horizon'])
    const rates = [{ prefecture: '新潟県', amount: 1120, effectiveFrom: '2026-10-02' }]
    const after = checkOffer(d, sampleProfile(), on, rates)
    expect(after.map((f) => f.rule)).toEqual(['min-wage-below'])
    expect(after[0]?.variant).toBe('rate')
    expect(after[0]?.params).toMatchObject({ amount: 1120, effectiveFrom: '2026-10-02' })
  })

  it('says the floor may be too low when even the floor is not reached', () => {
    const found = checkOffer(hourly('900'), sampleProfile(), parsePlainDate('2026-11-30'))
    expect(found.find((f) => f.rule === 'min-wage-below')?.variant).toBe('floor')
  })

  it('reads the prefecture of the offer’s own workplace, and says when it cannot', () => {
    const d = hourly('1,100', (x) => {
      x.workplace.choice = 'own'
      Object.assign(x.workplace.own, { name: '東京営業所', sameAsEstablishment: false })
      x.workplace.own.address.prefecture = '東京'
    })
    expect(checkOffer(d, sampleProfile(), JUNE).map((f) => f.rule)).toEqual(['min-wage-below'])
    d.workplace.own.address.prefecture = 'とうきょう'
    const unread = checkOffer(d, sampleProfile(), JUNE).find((f) => f.rule === 'min-wage-unchecked')
    expect(unread?.unread).toEqual([
      { field: 'workplace.own.address.prefecture', value: 'とうきょう', reason: 'unreadable' },
    ])
  })

  it('says which half-typed values it could not read', () => {
    const d = edit((x) => {
      x.wage.baseMin = '1,200円〜'
      x.hours.shift1Start = '9時〜18時'
    })
    const found = checkOffer(d, sampleProfile(), JUNE)
    expect(found.find((f) => f.rule === 'min-wage-unchecked')?.unread).toEqual([
      { field: 'wage.baseMin', value: '1,200円〜', reason: 'unreadable' },
      { field: 'hours.shift1Start', value: '9時〜18時', reason: 'unreadable' },
    ])
    expect(found.find((f) => f.rule === 'hours-unchecked')?.unread).toEqual([
      { field: 'hours.shift1Start', value: '9時〜18時', reason: 'unreadable' },
    ])
  })
})

describe('working time details', () => {
  it('allows 44 hours where the profile shows a small workplace in 商業, and says it may apply when unknown', () => {
    const d = edit((x) => Object.assign(x.hours, { variableHours: 'none', weeklyHours: '42' }))
    const small = sampleProfile()
    Object.assign(small.establishment, { industryGroup: 'commerce', employeesHere: '6' })
    expect(rulesOf({ draft: d, profile: small })).not.toContain('weekly-over-40')
    const unknown = sampleProfile()
    unknown.establishment.industryGroup = ''
    unknown.establishment.employeesHere = '6'
    const found = checkOffer(d, unknown, JUNE).find((f) => f.rule === 'weekly-over-40')
    expect(found?.variant).toBe('maybe44')
    expect(
      checkOffer(d, sampleProfile(), JUNE).find((f) => f.rule === 'weekly-over-40')?.variant,
    ).toBe('over40')
  })

  it('checks the break against each shift', () => {
    const d = edit((x) =>
      Object.assign(x.hours, { shift2Start: '13:00', shift2End: '22:30', breakMinutes: '60' }),
    )
    const found = checkOffer(d, sampleProfile(), JUNE).filter((f) => f.rule === 'daily-over-8')
    expect(found).toEqual([])
    d.hours.variableHours = 'none'
    expect(
      checkOffer(d, sampleProfile(), JUNE)
        .filter((f) => f.rule === 'daily-over-8')
        .map((f) => f.params?.['shift']),
    ).toEqual([2])
  })
})

describe('a break as long as the shift or longer', () => {
  it('is a value the check could not read, not a shift of no work', () => {
    // Shift 2 is 13:00–14:00 (60 minutes) with a 90-minute break.
    const d = edit((x) =>
      Object.assign(x.hours, { shift2Start: '13:00', shift2End: '14:00', breakMinutes: '90' }),
    )
    const found = checkOffer(d, sampleProfile(), JUNE)
    const unchecked = found.filter((f) => f.rule === 'hours-unchecked')
    expect(unchecked).toHaveLength(1)
    expect(unchecked[0]?.unread).toEqual([
      { field: 'hours.breakMinutes', value: '90', reason: 'unreadable' },
    ])
    // Shift 1 (08:00–17:00, 7.5 hours of work) is still checked: 90 minutes is break enough.
    expect(found.map((f) => f.rule)).not.toContain('break-short')
  })

  it('is reported once, however many shifts it swallows', () => {
    const d = edit((x) => Object.assign(x.hours, { breakMinutes: '600' }))
    Object.assign(d.hours, {
      shift2Start: '10:00',
      shift2End: '12:00',
      shift3Start: '14:00',
      shift3End: '16:00',
    })
    const unchecked = checkOffer(d, sampleProfile(), JUNE).filter(
      (f) => f.rule === 'hours-unchecked',
    )
    expect(unchecked.map((f) => f.unread)).toEqual([
      [{ field: 'hours.breakMinutes', value: '600', reason: 'unreadable' }],
    ])
  })
})

describe('the 2024-04 statements', () => {
  it('accept a 変更範囲 typed into 仕事内容 by hand', () => {
    const d = edit((x) => {
      x.job.changeScope = ''
      x.job.description += '\n変更範囲:会社の定める業務'
    })
    expect(rulesOf({ draft: d })).not.toContain('change-scope-missing')
  })

  it('do not apply to an offer filed before 2024-04-01', () => {
    const d = edit((x) => (x.job.changeScope = ''))
    expect(rulesOf({ draft: d, on: parsePlainDate('2024-03-31') })).not.toContain(
      'change-scope-missing',
    )
    expect(rulesOf({ draft: d, on: parsePlainDate('2024-04-01') })).toContain(
      'change-scope-missing',
    )
  })

  it('take 「なし」 as a full answer on the renewal cap, and want a length with a cap', () => {
    const d = edit((x) => {
      fixedTerm(x)
      x.category.renewalCap = 'capped'
    })
    expect(
      checkOffer(d, sampleProfile(), JUNE).find((f) => f.rule === 'renewal-cap-unanswered')
        ?.variant,
    ).toBe('noLength')
    d.category.renewalCapCount = '3'
    expect(rulesOf({ draft: d })).not.toContain('renewal-cap-unanswered')
  })
})

describe('gendered wording', () => {
  it('is looked for only in fields the offer uses', () => {
    const d = edit((x) => (x.category.renewalConditions = '営業マンとして実績のある方'))
    // 契約更新の条件 does not apply to an open-ended contract: neither shown nor pasted.
    expect(rulesOf({ draft: d })).not.toContain('gendered-wording')
    fixedTerm(d)
    d.category.contractRenewal = 'conditional'
    expect(rulesOf({ draft: d })).toContain('gendered-wording')
  })
})

describe('findingsByField', () => {
  it('puts a finding under the field to fix, and a "could not read" one under each unread value', () => {
    const d = edit((x) => {
      x.wage.baseMin = '1,200円〜'
      x.job.title = '看護婦'
    })
    const map = findingsByField(checkOffer(d, sampleProfile(), JUNE))
    expect(map.get('job.title')?.map((f) => f.rule)).toEqual(['gendered-wording'])
    expect(map.get('wage.baseMin')?.map((f) => f.rule)).toEqual(['min-wage-unchecked'])
  })
})

describe('old and odd drafts', () => {
  it('checks a draft stored before these fields existed, without changing it', () => {
    const stored = JSON.parse(JSON.stringify(sampleDraft())) as Record<
      string,
      Record<string, unknown>
    >
    for (const [section, key] of [
      ['job', 'changeScope'],
      ['job', 'trialWage'],
      ['workplace', 'smokingMeasures'],
      ['category', 'renewalCap'],
      ['category', 'publication'],
      ['wage', 'allowance1Kind'],
    ] as const) {
      delete stored[section]?.[key]
    }
    const frozen = JSON.stringify(stored)
    const draft = v.parse(JobOfferDraftSchema, stored)
    expect(draft.job.description).toBe(sampleDraft().job.description)
    expect(draft.job.changeScope).toBe('')
    // The base pay alone is above the minimum wage, so the allowance without a kind is moot.
    expect(checkOffer(draft, sampleProfile(), JUNE).map((f) => f.rule)).toEqual([
      'change-scope-missing',
    ])
    expect(JSON.stringify(stored)).toBe(frozen)
  })

  it('never throws on an empty draft and an empty profile', () => {
    const found = checkOffer(emptyDraft('x'), v.parse(ProfileSchema, {}), JUNE)
    expect(found.map((f) => f.rule)).toEqual(['change-scope-missing', 'min-wage-unchecked'])
  })
})

/** Values that reach the interesting branches, mixed with anything at all. */
const TEXT = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    '',
    '0',
    '7',
    '45',
    '60',
    '105',
    '500',
    '1,200円〜',
    '230,000',
    '９：００',
    '9時〜18時',
    '18:00',
    '25:00',
    'yes',
    'no',
    'limited',
    'no1',
    'no2',
    'no3i',
    'hourly',
    'daily',
    'monthly',
    'annual',
    'other',
    'own',
    'fixed-4-months-or-more',
    'in-principle',
    'conditional',
    'capped',
    'smoking-room',
    'fixed-overtime',
    '東京都',
    '営業マン',
    '喫煙可能区域での業務あり',
  ),
)

/** A value of the same shape as `template`, each string leaf drawn from TEXT. */
function like(template: unknown): fc.Arbitrary<unknown> {
  if (typeof template === 'string') return TEXT
  if (typeof template === 'boolean') return fc.boolean()
  if (Array.isArray(template)) return fc.array(TEXT, { maxLength: 3 })
  if (typeof template === 'object' && template !== null) {
    const entries = Object.entries(template).map(([k, x]) => [k, like(x)] as const)
    return fc.record(Object.fromEntries(entries), { requiredKeys: [] })
  }
  return fc.constant(template)
}

describe('the check never throws', () => {
  it('on any draft and profile that parse, on any day, with any entered rates', () => {
    const draftShape = { ...emptyDraft('x'), id: undefined, version: undefined }
    const profileShape = v.parse(ProfileSchema, {})
    const rate = fc.record({
      prefecture: fc.constantFrom('東京都', '新潟県', '秋田県'),
      amount: fc.integer({ min: 500, max: 5000 }),
      effectiveFrom: fc.constantFrom('2024-10-01', '2026-10-01', '2027-01-15'),
    })
    fc.assert(
      fc.property(
        like(draftShape),
        like(profileShape),
        fc.integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2028, 0, 1) }),
        fc.array(rate, { maxLength: 3 }),
        (draftInput, profileInput, instant, rates) => {
          const parsedDraft = v.safeParse(JobOfferDraftSchema, {
            ...(draftInput as object),
            id: 'p',
          })
          const parsedProfile = v.safeParse(ProfileSchema, profileInput)
          if (!parsedDraft.success || !parsedProfile.success) return
          const found: OfferFinding[] = checkOffer(
            parsedDraft.output,
            parsedProfile.output,
            jstDateOf(instant),
            rates,
          )
          const ids = new Set<string>(OFFER_RULES.map((r) => r.id))
          for (const f of found) expect(ids.has(f.rule)).toBe(true)
        },
      ),
      { numRuns: 400 },
    )
  })
})
