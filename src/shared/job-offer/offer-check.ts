import { compareDates, formatPlainDate, plainDate, type PlainDate } from '../dates'
import { MINIMUM_WAGE_HORIZON } from '../minimum-wage'
import type { Profile } from '../profile/model'
import { mentionsChangeScope } from './compose'
import { applies, JOB_FIELD_RULES, jobRuleFor } from './field-table'
import { findGenderedTerms } from './gendered-terms'
import { dailyWorkMinutes, hourlyWage, type Unread } from './hourly-wage'
import {
  prefectureOf,
  rateOn,
  ratesTakingEffect,
  type EnteredRate,
  type RateInForce,
} from './minimum-wage-lookup'
import type { JobOfferDraft } from './model'
import { optionLabel } from './options'
import { OFFER_RULES, offerRule, type OfferRuleId, type OfferSeverity } from './offer-rules'
import { offerValidity } from './validity'
import { parseNumber, parseTime } from './work-category'

/**
 * The offer check: what Hello Work would likely return, hold or refuse, found before filing.
 * `checkOffer(draft, profile, on, entered)` is pure: `on` is the planned filing date (a Japan
 * date) and `entered` the current minimum wages the user typed in. It never throws for a draft and
 * a profile that parse; what it cannot read becomes a finding that says so.
 */

export interface OfferFinding {
  rule: OfferRuleId
  severity: OfferSeverity
  /** Draft paths to fix, most relevant first. */
  fields: string[]
  /** Picks the message when a rule has several (`jobOffer.offerCheck.finding.<rule>.<variant>`). */
  variant?: string
  params?: Record<string, string | number>
  /** What could not be read, for the "could not check" findings. */
  unread?: Unread[]
}

/** The 2024-04 statements apply to offers filed from this day (令和5年厚生労働省令第89号). */
export const STATEMENTS_FROM = plainDate(2024, 4, 1)
/** Working time limits (労働基準法32条, 34条; 36条 限度時間). */
const DAY_LIMIT_MIN = 8 * 60
const WEEK_LIMIT = 40
const SPECIAL_WEEK_LIMIT = 44
const OVERTIME_LIMIT = 45
/** 1年単位の変形労働時間制 (period over 3 months): 42 hours a month. */
const OVERTIME_LIMIT_ONE_YEAR = 42
/** 4 days off in 4 weeks at the least: 52 a year. */
const MIN_HOLIDAYS_YEAR = 52
const SPECIAL_INDUSTRIES: readonly string[] = ['commerce', 'film-theatre', 'health', 'hospitality']
/** 特例措置対象事業場: fewer than 10 workers. */
const SPECIAL_MAX_WORKERS = 9
/** Duties and work under a 変形労働時間制 follow its own averaging. */
const noVariableHours = (d: JobOfferDraft): boolean =>
  d.hours.variableHours === '' || d.hours.variableHours === 'none'

type Emit = (
  rule: OfferRuleId,
  fields: string[],
  more?: { variant?: string; params?: OfferFinding['params']; unread?: Unread[] },
) => void

const round1 = (n: number): number => Math.floor(n * 10) / 10
const isFixedTerm = (d: JobOfferDraft): boolean => d.category.employmentPeriod.startsWith('fixed')

/** Where the offer's 就業場所 is, as typed, and which field to fix when it cannot be read. */
export function workplacePrefecture(
  draft: JobOfferDraft,
  profile: Profile,
): { text: string; field: string } {
  const choice = draft.workplace.choice
  if (choice === 'own') {
    const own = draft.workplace.own
    return own.sameAsEstablishment
      ? { text: profile.establishment.address.prefecture, field: 'workplace.choice' }
      : { text: own.address.prefecture, field: 'workplace.own.address.prefecture' }
  }
  const place = /^\d+$/.test(choice) ? profile.workplaces[Number(choice)] : undefined
  if (place === undefined) return { text: '', field: 'workplace.choice' }
  const address = place.sameAsEstablishment ? profile.establishment.address : place.address
  return { text: address.prefecture, field: 'workplace.choice' }
}

/** Whether the 44-hour week can apply: 'yes', 'no', or 'unknown' (the profile does not say). */
export function specialWeek(profile: Profile, draft: JobOfferDraft): 'yes' | 'no' | 'unknown' {
  // 1年単位 and 1週間単位 変形労働時間制 keep the 40-hour week.
  if (draft.hours.variableHours === 'one-year' || draft.hours.variableHours === 'one-week')
    return 'no'
  const group = profile.establishment.industryGroup
  if (group === 'other') return 'no'
  const workers = parseNumber(profile.establishment.employeesHere)
  if (workers !== null && workers > SPECIAL_MAX_WORKERS) return 'no'
  if (group === '' || workers === null) return 'unknown'
  return SPECIAL_INDUSTRIES.includes(group) ? 'yes' : 'no'
}

export interface MinimumWageStatus {
  /** Null when the prefecture cannot be read. */
  prefecture: string | null
  /** As typed, for the message. */
  prefectureText: string
  lookup: { rate: RateInForce | null; floorOnly: boolean } | null
  /** Last day the offer would be open if accepted on `on`. */
  validUntil: PlainDate
  /** Rates taking effect while the offer is open. */
  upcoming: RateInForce[]
  /** The validity runs past the table's horizon with no later rate entered. */
  pastHorizon: boolean
}

/** The minimum wage that applies to the offer on `on`, and what changes while it is open. */
export function minimumWageStatus(
  draft: JobOfferDraft,
  profile: Profile,
  on: PlainDate,
  entered: readonly EnteredRate[] = [],
): MinimumWageStatus {
  const place = workplacePrefecture(draft, profile)
  const prefecture = prefectureOf(place.text)
  const { validUntil } = offerValidity(on)
  if (prefecture === null) {
    return {
      prefecture,
      prefectureText: place.text,
      lookup: null,
      validUntil,
      upcoming: [],
      pastHorizon: false,
    }
  }
  return {
    prefecture,
    prefectureText: place.text,
    lookup: rateOn(prefecture, on, entered),
    validUntil,
    upcoming: ratesTakingEffect(prefecture, on, validUntil, entered),
    // On its last day the rate would be only a floor: the same test as on the filing day.
    pastHorizon: rateOn(prefecture, validUntil, entered).floorOnly,
  }
}

function checkMinimumWage(
  draft: JobOfferDraft,
  profile: Profile,
  on: PlainDate,
  entered: readonly EnteredRate[],
  emit: Emit,
): void {
  const status = minimumWageStatus(draft, profile, on, entered)
  const unread: Unread[] = []
  if (status.prefecture === null) {
    const field = workplacePrefecture(draft, profile).field
    unread.push({
      field,
      value: status.prefectureText,
      reason: status.prefectureText.trim() === '' ? 'empty' : 'unreadable',
    })
  }
  const wage = hourlyWage(draft, 'wage.baseMin')
  if (!wage.ok) unread.push(...wage.unread)
  const rate = status.lookup?.rate ?? null
  if (status.lookup !== null && rate === null) {
    emit('min-wage-unchecked', ['wage.baseMin'], {
      variant: 'before-table',
      params: { on: formatPlainDate(on) },
    })
    return
  }
  if (unread.length > 0 || !wage.ok || rate === null || status.prefecture === null) {
    emit('min-wage-unchecked', dedupe(unread.map((u) => u.field)), { variant: 'unread', unread })
    return
  }
  const params = {
    prefecture: status.prefecture,
    amount: rate.amount,
    effectiveFrom: rate.effectiveFrom,
    hourly: round1(wage.hourly),
  }
  const floorOnly = status.lookup?.floorOnly === true
  if (wage.hourlyWithUnknown < rate.amount) {
    emit('min-wage-below', ['wage.baseMin', 'wage.wageType'], {
      variant: floorOnly ? 'floor' : 'rate',
      params: { ...params, hourly: round1(wage.hourlyWithUnknown) },
    })
  } else if (wage.hourly < rate.amount) {
    emit('min-wage-allowance-kind', wage.unknownKinds, { params })
  } else {
    const next = status.upcoming.find((r) => wage.hourlyWithUnknown < r.amount)
    if (next !== undefined) {
      emit('min-wage-upcoming', ['wage.baseMin'], {
        params: {
          ...params,
          nextAmount: next.amount,
          nextFrom: next.effectiveFrom,
          validUntil: formatPlainDate(status.validUntil),
        },
      })
    }
  }
  if (floorOnly || status.pastHorizon) {
    emit('min-wage-table-horizon', ['wage.baseMin'], {
      params: { ...params, horizon: MINIMUM_WAGE_HORIZON },
    })
  }

  // 試用期間: the same check on the trial wage where the conditions differ.
  if (draft.job.trialPeriod === 'yes' && draft.job.trialConditions === 'different') {
    const trial = hourlyWage(draft, 'job.trialWage')
    if (!trial.ok) {
      emit('min-wage-unchecked', ['job.trialWage'], {
        variant: 'trial',
        unread: trial.unread.filter((u) => u.field === 'job.trialWage'),
      })
    } else if (trial.hourlyWithUnknown < rate.amount) {
      emit('min-wage-trial-below', ['job.trialWage'], {
        variant: floorOnly ? 'floor' : 'rate',
        params: { ...params, hourly: round1(trial.hourlyWithUnknown) },
      })
    }
  }
}

const dedupe = (xs: string[]): string[] => [...new Set(xs)]

interface Shift {
  n: 1 | 2 | 3
  work: number
}

function checkWorkingTime(draft: JobOfferDraft, profile: Profile, emit: Emit): void {
  const h = draft.hours
  const unread: Unread[] = []
  const readIf = (field: string, value: string, parse: (s: string) => number | null) => {
    if (value.trim() === '') return null
    const n = parse(value)
    if (n === null) unread.push({ field, value, reason: 'unreadable' })
    return n
  }
  const rest = readIf('hours.breakMinutes', h.breakMinutes, parseNumber)
  const shifts: Shift[] = []
  for (const n of [1, 2, 3] as const) {
    const start = readIf(`hours.shift${n}Start`, h[`shift${n}Start`], parseTime)
    const end = readIf(`hours.shift${n}End`, h[`shift${n}End`], parseTime)
    if (start === null || end === null || rest === null) continue
    // All three read: what is left unread is a break as long as the shift or longer.
    const broken: Unread[] = []
    const work = dailyWorkMinutes(draft, broken, n)
    if (work !== null) shifts.push({ n, work })
    for (const u of broken) {
      if (!unread.some((seen) => seen.field === u.field)) unread.push(u)
    }
  }
  const weeklyDays = readIf('hours.weeklyDays', h.weeklyDays, parseNumber)
  const weeklyTyped = readIf('hours.weeklyHours', h.weeklyHours, parseNumber)
  const holidays = readIf('hours.annualHolidays', h.annualHolidays, parseNumber)
  if (unread.length > 0) emit('hours-unchecked', dedupe(unread.map((u) => u.field)), { unread })

  // 34条: 45 minutes over 6 hours of work, 60 over 8.
  for (const s of shifts) {
    const need = s.work > 8 * 60 ? 60 : s.work > 6 * 60 ? 45 : 0
    if ((rest ?? 0) < need) {
      emit('break-short', ['hours.breakMinutes', `hours.shift${s.n}End`], {
        variant: need === 60 ? 'over8' : 'over6',
        params: { shift: s.n, hours: round1(s.work / 60), breakMinutes: rest ?? 0, need },
      })
    }
  }
  // 32条2項: 8 hours a day, unless a 変形労働時間制 is chosen.
  if (noVariableHours(draft)) {
    for (const s of shifts) {
      if (s.work > DAY_LIMIT_MIN) {
        emit('daily-over-8', [`hours.shift${s.n}End`, 'hours.variableHours'], {
          params: { shift: s.n, hours: round1(s.work / 60) },
        })
      }
    }
  }
  // 32条1項: 40 hours a week (44 in a 特例措置対象事業場).
  const special = specialWeek(profile, draft)
  const limit = special === 'yes' ? SPECIAL_WEEK_LIMIT : WEEK_LIMIT
  const first = shifts.find((s) => s.n === 1)
  const weekly =
    weeklyTyped ?? (first && weeklyDays !== null ? (first.work * weeklyDays) / 60 : null)
  if (noVariableHours(draft) && weekly !== null && weekly > limit) {
    const maybe = special === 'unknown' && weekly <= SPECIAL_WEEK_LIMIT
    emit('weekly-over-40', [weeklyTyped !== null ? 'hours.weeklyHours' : 'hours.weeklyDays'], {
      variant: maybe ? 'maybe44' : special === 'yes' ? 'over44' : 'over40',
      params: { weekly: round1(weekly), limit },
    })
  }
  // 35条: a day off a week, or 4 in 4 weeks.
  if (weeklyDays !== null && weeklyDays > 6) {
    emit('weekly-day-off', ['hours.weeklyDays'], { variant: 'days', params: { days: weeklyDays } })
  }
  if (holidays !== null && holidays < MIN_HOLIDAYS_YEAR) {
    emit('weekly-day-off', ['hours.annualHolidays'], {
      variant: 'annual',
      params: { holidays, min: MIN_HOLIDAYS_YEAR },
    })
  }
  // The year's scheduled hours must fit the weekly limit on average.
  if (first && holidays !== null && holidays < 365) {
    const yearly = ((365 - holidays) * first.work) / 60
    const max = (limit * 365) / 7
    if (yearly > max) {
      emit('annual-hours-over', ['hours.annualHolidays'], {
        params: {
          yearly: Math.round(yearly),
          max: Math.floor(max),
          holidays,
          hours: round1(first.work / 60),
          limit,
        },
      })
    }
  }
  // 36条: 45 hours of overtime a month (42 under a one-year 変形労働時間制).
  const overtimeLimit = h.variableHours === 'one-year' ? OVERTIME_LIMIT_ONE_YEAR : OVERTIME_LIMIT
  const monthly = parseNumber(h.overtimeMonthly)
  if (h.overtime === 'yes' && monthly !== null && monthly > overtimeLimit) {
    emit('overtime-over-45', ['hours.overtimeMonthly'], {
      params: { hours: monthly, limit: overtimeLimit },
    })
  }
  const fixed = parseNumber(draft.wage.fixedOvertimeHours)
  if (draft.wage.fixedOvertime === 'yes' && fixed !== null && fixed > overtimeLimit) {
    emit('fixed-overtime-over-45', ['wage.fixedOvertimeHours'], {
      params: { hours: fixed, limit: overtimeLimit },
    })
  }
}

/** 「…を超える…は追加で支給」: the note says that hours beyond the fixed ones are paid extra. */
export function statesExcessPaid(note: string): boolean {
  const s = note.normalize('NFKC').replace(/\s/g, '')
  return /超/.test(s) && /(追加|別途|加算)/.test(s) && /(支給|支払)/.test(s)
}

function checkFixedOvertime(draft: JobOfferDraft, emit: Emit): void {
  const w = draft.wage
  const kindRows = ([1, 2, 3, 4] as const).filter(
    (n) => w[`allowance${n}Kind`] === 'fixed-overtime',
  )
  if (w.fixedOvertime !== 'yes') {
    if (kindRows.length > 0) {
      emit('fixed-overtime-statement', ['wage.fixedOvertime'], { variant: 'separate' })
    }
    return
  }
  if (w.fixedOvertimeAmount.trim() === '') {
    emit('fixed-overtime-statement', ['wage.fixedOvertimeAmount'], { variant: 'amount' })
  }
  if (w.fixedOvertimeHours.trim() === '') {
    emit('fixed-overtime-statement', ['wage.fixedOvertimeHours'], { variant: 'hours' })
  }
  const note = w.fixedOvertimeNote.normalize('NFKC')
  if (/基本給.{0,12}含/.test(note)) {
    emit('fixed-overtime-statement', ['wage.fixedOvertimeNote', 'wage.baseMin'], {
      variant: 'base',
    })
  }
  if (!statesExcessPaid(note)) {
    emit('fixed-overtime-statement', ['wage.fixedOvertimeNote'], { variant: 'excess' })
  }
}

function checkAge(draft: JobOfferDraft, emit: Emit): void {
  const { job, insurance } = draft
  if (job.ageLimit !== 'limited') return
  const min = parseNumber(job.ageMin)
  const max = parseNumber(job.ageMax)
  const reason = job.ageReason
  // The portal's label of the exception, as the messages quote it.
  const reasonLabel = optionLabel('ageReason', reason) ?? reason
  if (reason === '') emit('age-exception-missing', ['job.ageReason'])
  if (job.ageMin.trim() === '' && job.ageMax.trim() === '') {
    emit('age-range', ['job.ageMax', 'job.ageMin'], { variant: 'missing' })
  } else if (min !== null && max !== null && min > max) {
    emit('age-range', ['job.ageMax', 'job.ageMin'], { variant: 'inverted' })
  }
  const retireAge =
    insurance.retirementAge === 'yes' ? parseNumber(insurance.retirementAgeValue) : null
  if (reason === 'no1' || reason === 'no3i') {
    if (job.ageMin.trim() !== '') {
      emit('age-exception-direction', ['job.ageMin'], {
        variant: 'lowerNotAllowed',
        params: { reason: reasonLabel },
      })
    }
  }
  if (reason === 'no1') {
    if (retireAge === null) {
      // Point at the field the editor shows: the age once 定年制 is あり.
      const field =
        insurance.retirementAge === 'yes'
          ? 'insurance.retirementAgeValue'
          : 'insurance.retirementAge'
      emit('age-exception-direction', [field], { variant: 'noRetirementAge' })
    } else if (max !== retireAge - 1) {
      emit('age-exception-direction', ['job.ageMax'], {
        variant: 'upperAtRetirement',
        params: { retirementAge: retireAge, expected: retireAge - 1 },
      })
    }
  }
  if (reason === 'no2' && job.ageMax.trim() !== '') {
    emit('age-exception-direction', ['job.ageMax'], { variant: 'upperNotAllowed' })
  }
  if ((reason === 'no1' || reason === 'no3i') && isFixedTerm(draft)) {
    emit('age-exception-indefinite', ['category.employmentPeriod'], {
      params: { reason: reasonLabel },
    })
  }
  if (reason === 'no3i' && job.experience === 'required') {
    emit('age-exception-3i-experience', ['job.experience'])
  }
  if (reason === 'no3ro' || reason === 'no3ha' || reason === 'no3ni') {
    emit('age-exception-unverifiable', ['job.ageReason'], { params: { reason: reasonLabel } })
  }
  if (max !== null && max < 65 && job.ageReasonNote.trim() === '') {
    emit('age-upper-reason', ['job.ageReasonNote'], { params: { max } })
  }
}

function checkRetirement(draft: JobOfferDraft, emit: Emit): void {
  const i = draft.insurance
  if (i.retirementAge !== 'yes') return
  const age = parseNumber(i.retirementAgeValue)
  if (age === null) return
  if (age < 60) {
    emit('retirement-under-60', ['insurance.retirementAgeValue'], { params: { age } })
    return
  }
  if (age >= 65) return
  const until = parseNumber(i.reemploymentMaxAge)
  if (i.reemployment !== 'yes') {
    emit('retirement-continued-employment', ['insurance.reemployment'], {
      variant: 'none',
      params: { age },
    })
  } else if (until !== null && until < 65) {
    emit('retirement-continued-employment', ['insurance.reemploymentMaxAge'], {
      variant: 'under65',
      params: { age, until },
    })
  }
}

/** 職種 and every free text of the offer (not addresses, names or numbers). */
export const FREE_TEXT_FIELDS: readonly string[] = JOB_FIELD_RULES.filter(
  (r) =>
    r.kind === 'text' &&
    r.format === undefined &&
    !r.id.startsWith('selection.contact.') &&
    !r.id.startsWith('workplace.own.'),
).map((r) => r.id)

function textAt(draft: JobOfferDraft, path: string): string {
  let node: unknown = draft
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return ''
    node = (node as Record<string, unknown>)[key]
  }
  return typeof node === 'string' ? node : ''
}

function checkWording(draft: JobOfferDraft, emit: Emit): void {
  for (const field of FREE_TEXT_FIELDS) {
    // A field that does not apply is neither shown nor pasted: its old text does not count.
    const rule = jobRuleFor(field)
    if (rule === undefined || !applies(rule, draft)) continue
    const seen = new Set<string>()
    for (const hit of findGenderedTerms(textAt(draft, field))) {
      if (seen.has(hit.term.term)) continue
      seen.add(hit.term.term)
      const suggestion = hit.term.suggestions.join('／')
      emit('gendered-wording', [field], {
        variant:
          suggestion !== ''
            ? 'replace'
            : hit.term.exception === 'positive-action'
              ? 'positiveAction'
              : 'remove',
        params: { term: hit.term.term, suggestion },
      })
    }
  }
}

function checkStatements(draft: JobOfferDraft, on: PlainDate, emit: Emit): void {
  if (compareDates(on, STATEMENTS_FROM) < 0) return
  const { job, workplace, category } = draft
  if (job.changeScope.trim() === '' && !mentionsChangeScope(job.description)) {
    emit('change-scope-missing', ['job.changeScope'])
  }
  if (workplace.transfer === 'yes' && workplace.transferScope.trim() === '') {
    emit('transfer-scope-missing', ['workplace.transferScope'])
  }
  if (!isFixedTerm(draft)) return
  if (category.contractRenewal === '') {
    emit('renewal-basis-missing', ['category.contractRenewal'])
    return
  }
  if (category.contractRenewal !== 'in-principle' && category.contractRenewal !== 'conditional')
    return
  if (category.renewalCap === '') {
    emit('renewal-cap-unanswered', ['category.renewalCap'], { variant: 'unanswered' })
  } else if (
    category.renewalCap === 'capped' &&
    parseNumber(category.renewalCapYears) === null &&
    parseNumber(category.renewalCapCount) === null
  ) {
    emit('renewal-cap-unanswered', ['category.renewalCapYears', 'category.renewalCapCount'], {
      variant: 'noLength',
    })
  }
  if (
    category.contractRenewal === 'conditional' &&
    /諸般の事情|総合的に(?:勘案|考慮|判断)/.test(category.renewalConditions.normalize('NFKC'))
  ) {
    emit('renewal-criteria-abstract', ['category.renewalConditions'])
  }
}

/** 対策 that leave smoking areas indoors, where the offer must say whether work happens there. */
const SMOKING_AREAS: readonly string[] = ['smoking-room', 'smoking-allowed-room', 'smoking-allowed']

function checkSmoking(draft: JobOfferDraft, emit: Emit): void {
  const w = draft.workplace
  const note = w.smokingNote.normalize('NFKC').replace(/\s/g, '')
  const says = /喫煙可能区域での業務(あり|有|なし|無)/.exec(note)
  if (w.smokingMeasures !== 'no' && SMOKING_AREAS.includes(w.smoking) && says === null) {
    emit('smoking-area-work', ['workplace.smokingNote'])
  }
  const workThere = says !== null && (says[1] === 'あり' || says[1] === '有')
  const min = parseNumber(draft.job.ageMin)
  if (workThere && !(draft.job.ageLimit === 'limited' && min !== null && min >= 20)) {
    emit('smoking-area-age', [draft.job.ageLimit === 'limited' ? 'job.ageMin' : 'job.ageLimit'])
  }
}

const RULE_ORDER = new Map<string, number>(OFFER_RULES.map((r, i) => [r.id, i]))
const SEVERITY_ORDER: Record<OfferSeverity, number> = { refused: 0, correction: 1, advice: 2 }

/** Every finding of the offer check, the most serious first, then in table order. */
export function checkOffer(
  draft: JobOfferDraft,
  profile: Profile,
  on: PlainDate,
  entered: readonly EnteredRate[] = [],
): OfferFinding[] {
  const out: OfferFinding[] = []
  const emit: Emit = (rule, fields, more = {}) => {
    out.push({
      rule,
      severity: offerRule(rule).severity,
      fields,
      ...(more.variant ? { variant: more.variant } : {}),
      ...(more.params ? { params: more.params } : {}),
      ...(more.unread ? { unread: more.unread } : {}),
    })
  }
  checkMinimumWage(draft, profile, on, entered, emit)
  checkWorkingTime(draft, profile, emit)
  checkFixedOvertime(draft, emit)
  checkAge(draft, emit)
  checkRetirement(draft, emit)
  checkWording(draft, emit)
  checkStatements(draft, on, emit)
  checkSmoking(draft, emit)
  return out.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (RULE_ORDER.get(a.rule) ?? 0) - (RULE_ORDER.get(b.rule) ?? 0),
  )
}

/** How many findings of each severity. */
export function countBySeverity(findings: readonly OfferFinding[]): Record<OfferSeverity, number> {
  const counts: Record<OfferSeverity, number> = { refused: 0, correction: 0, advice: 0 }
  for (const f of findings) counts[f.severity]++
  return counts
}

/**
 * The findings to show under each field: under the field that needs the fix (the first), and a
 * "could not read" finding under every value it could not read.
 */
export function findingsByField(findings: readonly OfferFinding[]): Map<string, OfferFinding[]> {
  const map = new Map<string, OfferFinding[]>()
  for (const f of findings) {
    const fields = f.unread ? dedupe(f.unread.map((u) => u.field)) : f.fields.slice(0, 1)
    for (const field of fields) {
      const list = map.get(field) ?? []
      list.push(f)
      map.set(field, list)
    }
  }
  return map
}
