import {
  JOB_TITLE_MAX_LENGTH,
  JOB_TITLE_MAX_LENGTH_CERTAINTY,
  ruleFor as profileRuleFor,
} from '../profile/field-rules'
import { SHORT_TEXT_MAX } from '../profile/model'
import {
  screenRuleBases,
  U,
  V,
  type Format,
  type RuleBase,
  type SpecBase,
} from '../field-rules/core'
import { storageLimitsOf } from '../storage-limits'
import { emptyDraft, JobOfferDraftSchema, type JobOfferDraft } from './model'
import { type OptionListId } from './options'

/**
 * The table of the eight job-offer screens, on the field-rule core (`../field-rules/core.ts`, as
 * the profile's table). Its checks are in `field-checks.ts`, the form's guidance in `guidance.ts`.
 * What this table adds to the core:
 * - `screen` is 1–8 of the job-offer form (the profile's 1–6 are the establishment's), or 'app';
 * - `appliesWhen(draft)` replaces `requiredWhen(profile)`: a field that does not apply is neither
 *   required, checked nor copied (雇用期間の長さ only when 定めあり, …);
 * - `kind` says whether the value is typed or chosen from an option list (`options`);
 * - extra formats (time, amount, number, day, 派遣 permit), checked in `field-checks.ts`.
 * Screen contents come from the public job sheet (3P) mapped onto the portal's screen names (V):
 * which screen holds which field, and the order, are unverified; so is every required mark.
 */

export type JobScreen = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 'app'
export const JOB_SCREENS = [1, 2, 3, 4, 5, 6, 7, 8] as const
export type JobFormat = Format | 'time' | 'amount' | 'number' | 'day' | 'dispatch-permit'
/** text: typed; option: one of a list; options: several; workplace: one of the profile's 就業場所. */
export type JobFieldKind = 'text' | 'option' | 'options' | 'workplace'

export interface JobFieldRule extends RuleBase<JobScreen, JobFormat> {
  kind: JobFieldKind
  options?: OptionListId
  /** The field is asked (and so required, checked, copied) only when this holds. */
  appliesWhen?: (draft: JobOfferDraft) => boolean
  /** Required (when it applies) only if this holds; `required` must be true as well. */
  requiredWhen?: (draft: JobOfferDraft) => boolean
  /** Typed in the app, but most likely a drop-down on the portal (締切日, 支払日). */
  chosenOnPortal?: boolean
  /**
   * For app-only fields: the editor screen that shows them, after the field `after` (at the end
   * when absent or not shown).
   */
  shownOn?: { screen: (typeof JOB_SCREENS)[number]; after?: string }
}

interface Spec extends SpecBase<JobFormat> {
  kind?: JobFieldKind
  options?: OptionListId
  requiredWhen?: JobFieldRule['requiredWhen']
  appliesWhen?: JobFieldRule['appliesWhen']
  chosenOnPortal?: boolean
  shownOn?: JobFieldRule['shownOn']
  /** A rule of the profile this field is (its label key and checks are reused). */
  labelKey?: string
}

/** Each text field's storage limit, read once from the draft's schema. */
const STORAGE_LIMITS = storageLimitsOf(JobOfferDraftSchema, emptyDraft('probe'))

function screenRules(
  screen: JobScreen,
  specs: ReadonlyArray<readonly [string, Spec]>,
): JobFieldRule[] {
  return screenRuleBases(screen, specs, {
    labelKey: (id, spec) => spec.labelKey ?? `jobOffer.field.${id}`,
    storageMax: (id) => STORAGE_LIMITS.get(id) ?? SHORT_TEXT_MAX,
    defaultChars: (spec) => (spec.kind === undefined || spec.kind === 'text' ? 'zenkaku' : 'free'),
  }).map(([rule, s]) => ({
    ...rule,
    kind: s.kind ?? 'text',
    ...(s.requiredWhen ? { requiredWhen: s.requiredWhen } : {}),
    ...(s.appliesWhen ? { appliesWhen: s.appliesWhen } : {}),
    ...(s.options ? { options: s.options } : {}),
    ...(s.chosenOnPortal ? { chosenOnPortal: true } : {}),
    ...(s.shownOn ? { shownOn: s.shownOn } : {}),
  }))
}

type D = JobOfferDraft
const option = (label: string, options: OptionListId, more: Partial<Spec> = {}): Spec => ({
  label,
  kind: 'option',
  options,
  required: true,
  ...more,
})
const several = (label: string, options: OptionListId, more: Partial<Spec> = {}): Spec => ({
  label,
  kind: 'options',
  options,
  required: true,
  ...more,
})
const text = (label: string, more: Partial<Spec> = {}): Spec => ({ label, ...more })
const digits = (label: string, format: JobFormat, more: Partial<Spec> = {}): Spec => ({
  label,
  chars: format === 'time' ? 'hankaku-alnum' : 'hankaku-digits',
  format,
  ...more,
})
/** Labels made up by splitting one job-sheet item into its inputs. */
const ownLabel = { label: U }

/** A profile rule reused under another id (the offer's own 就業場所, its 担当者). */
function fromProfile(profileId: string, id: string, more: Partial<Spec> = {}): [string, Spec] {
  const r = profileRuleFor(profileId)
  if (r === undefined) throw new Error(`No profile rule ${profileId}`)
  return [
    id,
    {
      label: r.portalLabel,
      chars: r.chars,
      required: r.required,
      labelKey: r.labelKey,
      ...(r.maxLength === undefined ? {} : { maxLength: r.maxLength }),
      ...(r.format ? { format: r.format } : {}),
      ...(r.multiline ? { multiline: true } : {}),
      certainty: { ...r.certainty, screen: U },
      ...more,
    },
  ]
}

const ownPlace = (d: D): boolean => d.workplace.choice === 'own'
const ownAddress = (d: D): boolean => ownPlace(d) && !d.workplace.own.sameAsEstablishment
const nonRegular = (d: D): boolean => d.category.employmentType === 'non-regular'
const fixedTerm = (d: D): boolean => d.category.employmentPeriod.startsWith('fixed')
const is =
  (get: (d: D) => string, ...ids: string[]) =>
  (d: D): boolean =>
    ids.includes(get(d))
const ageLimited = is((d) => d.job.ageLimit, 'limited')
const neededOrPreferred = (get: (d: D) => string) => is(get, 'required', 'preferred')
const pairedWith =
  (get: (d: D) => string) =>
  (d: D): boolean =>
    get(d).trim() !== ''

function allowance(n: 1 | 2 | 3 | 4, letter: string): Array<[string, Spec]> {
  const name = `allowance${n}Name` as const
  const amount = `allowance${n}Amount` as const
  return [
    [
      `wage.${name}`,
      text(`手当${letter}（名称）`, {
        required: true,
        requiredWhen: pairedWith((d) => d.wage[amount]),
        certainty: ownLabel,
      }),
    ],
    [
      `wage.${amount}`,
      digits(`手当${letter}（金額）`, 'amount', {
        required: true,
        requiredWhen: pairedWith((d) => d.wage[name]),
        certainty: ownLabel,
      }),
    ],
  ]
}

function shift(n: 1 | 2 | 3): Array<[string, Spec]> {
  const start = `shift${n}Start` as const
  const end = `shift${n}End` as const
  // Shift 1 is always required; 2 and 3 only as complete pairs.
  const when =
    n === 1 ? undefined : { requiredWhen: pairedWith((d) => d.hours[start] + d.hours[end]) }
  return [
    [
      `hours.${start}`,
      digits(`就業時間${n}（始業）`, 'time', { required: true, ...when, certainty: ownLabel }),
    ],
    [
      `hours.${end}`,
      digits(`就業時間${n}（終業）`, 'time', { required: true, ...when, certainty: ownLabel }),
    ],
  ]
}

/** What each 手当 is, asked beside it (app only: the minimum-wage check needs it). */
function allowanceKind(n: 1 | 2 | 3 | 4): [string, Spec] {
  const name = `allowance${n}Name` as const
  const amount = `allowance${n}Amount` as const
  return [
    `wage.allowance${n}Kind`,
    option('手当の種類', 'allowanceKind', {
      required: false,
      appliesWhen: (d) => d.wage[name].trim() !== '' || d.wage[amount].trim() !== '',
      shownOn: { screen: 4, after: `wage.${amount}` },
      certainty: ownLabel,
    }),
  ]
}

/** A fixed-term contract that may be renewed (the 2024-04 renewal statements apply). */
const renewable = (d: D): boolean =>
  fixedTerm(d) &&
  (d.category.contractRenewal === 'in-principle' || d.category.contractRenewal === 'conditional')
const capped = (d: D): boolean => renewable(d) && d.category.renewalCap === 'capped'

const ownWorkplace = (key: string, when: (d: D) => boolean): [string, Spec] =>
  fromProfile(`workplaces.*.${key}`, `workplace.own.${key}`, { appliesWhen: when })

export const JOB_FIELD_RULES: readonly JobFieldRule[] = [
  ...screenRules(1, [
    ['category.workCategory', option('求人区分', 'workCategory', { certainty: { label: U } })],
    ['category.employmentType', option('雇用形態', 'employmentType')],
    [
      'category.employmentTypeName',
      text('正社員以外の名称', { required: true, appliesWhen: nonRegular, certainty: ownLabel }),
    ],
    ['category.dispatch', option('派遣・請負', 'dispatch')],
    [
      // 派13-123456: 派, the prefecture code and the number (a kanji, so no 半角 class).
      'category.dispatchPermitNumber',
      digits('労働者派遣事業の許可番号', 'dispatch-permit', {
        chars: 'free',
        required: true,
        appliesWhen: is((d) => d.category.dispatch, 'dispatch'),
        certainty: ownLabel,
      }),
    ],
    ['category.employmentPeriod', option('雇用期間', 'employmentPeriod')],
    [
      'category.periodLength',
      text('雇用期間の長さ', { required: true, appliesWhen: fixedTerm, certainty: ownLabel }),
    ],
    // Whether it is answered is checked by the offer check (renewal-basis-missing), not here.
    [
      'category.contractRenewal',
      option('契約更新の可能性', 'contractRenewal', { required: false, appliesWhen: fixedTerm }),
    ],
    [
      'category.renewalConditions',
      text('契約更新の条件', {
        required: true,
        appliesWhen: (d) => fixedTerm(d) && d.category.contractRenewal === 'conditional',
      }),
    ],
    ['category.publication', option('求人情報・事業所名の公開範囲', 'publication')],
    [
      'category.onlineApplication',
      option('オンライン自主応募の受付', 'onlineApplication', {
        required: false,
        appliesWhen: is((d) => d.category.publication, 'full', 'hello-work-seekers'),
        certainty: ownLabel,
      }),
    ],
    [
      'category.regularConversion',
      option('正社員登用の実績', 'yesNo', {
        required: false,
        appliesWhen: (d) => d.category.employmentType !== 'regular',
      }),
    ],
    [
      'category.regularConversionCount',
      digits('正社員登用の実績（過去3年間）', 'count', {
        appliesWhen: (d) =>
          d.category.employmentType !== 'regular' && d.category.regularConversion === 'yes',
        certainty: ownLabel,
      }),
    ],
  ]),
  ...screenRules(2, [
    ['workplace.choice', { label: '就業場所', kind: 'workplace', required: true }],
    ownWorkplace('name', ownPlace),
    ownWorkplace('address.postalCode', ownAddress),
    ownWorkplace('address.prefecture', ownAddress),
    ownWorkplace('address.city', ownAddress),
    ownWorkplace('address.town', ownAddress),
    ownWorkplace('address.street', ownAddress),
    ownWorkplace('address.building', ownAddress),
    ownWorkplace('station', ownPlace),
    ownWorkplace('access', ownPlace),
    ownWorkplace('travelTime', ownPlace),
    ['workplace.smokingMeasures', option('受動喫煙対策（有無）', 'smokingMeasures')],
    [
      'workplace.smoking',
      option('受動喫煙対策（対策）', 'smoking', {
        appliesWhen: (d) => d.workplace.smokingMeasures !== 'no',
      }),
    ],
    // The field's name was read on an official page (労政ちば, 2019-12-25).
    [
      'workplace.smokingNote',
      text('屋内の受動喫煙対策に関する特記事項', {
        required: true,
        requiredWhen: is((d) => d.workplace.smoking, 'other'),
        certainty: { label: V },
      }),
    ],
    ['workplace.transfer', option('転勤の可能性', 'yesNo')],
    [
      'workplace.transferScope',
      text('想定される転勤範囲', { appliesWhen: is((d) => d.workplace.transfer, 'yes') }),
    ],
    ['workplace.carCommute', option('マイカー通勤', 'allowed')],
    [
      'workplace.parking',
      option('駐車場', 'yesNo', { appliesWhen: is((d) => d.workplace.carCommute, 'yes') }),
    ],
    [
      'workplace.parkingNote',
      text('駐車場（備考）', {
        appliesWhen: (d) => d.workplace.carCommute === 'yes' && d.workplace.parking === 'yes',
        certainty: ownLabel,
      }),
    ],
  ]),
  ...screenRules(3, [
    [
      'job.title',
      text('職種', {
        required: true,
        maxLength: JOB_TITLE_MAX_LENGTH,
        certainty: { maxLength: JOB_TITLE_MAX_LENGTH_CERTAINTY },
      }),
    ],
    ['job.description', text('仕事内容', { required: true, multiline: true })],
    // Age must be 不問 unless a legal exception applies (V), so the choice itself is required.
    ['job.ageLimit', option('年齢', 'ageLimit')],
    [
      'job.ageMin',
      digits('年齢（下限）', 'count', { appliesWhen: ageLimited, certainty: ownLabel }),
    ],
    [
      'job.ageMax',
      digits('年齢（上限）', 'count', { appliesWhen: ageLimited, certainty: ownLabel }),
    ],
    // That an exception is chosen, and fits the range, is the offer check's (age-* rules).
    [
      'job.ageReason',
      option('年齢制限の理由', 'ageReason', {
        required: false,
        appliesWhen: ageLimited,
        certainty: ownLabel,
      }),
    ],
    [
      'job.ageReasonNote',
      text('年齢制限の理由（補足）', { appliesWhen: ageLimited, certainty: ownLabel }),
    ],
    ['job.education', option('学歴', 'education')],
    ['job.experience', option('必要な経験等', 'requirement')],
    [
      'job.experienceDetail',
      text('必要な経験等（内容）', {
        required: true,
        appliesWhen: neededOrPreferred((d) => d.job.experience),
        certainty: ownLabel,
      }),
    ],
    ['job.pcSkills', text('必要なPCスキル')],
    ['job.license', option('必要な免許・資格', 'requirement')],
    [
      'job.licenseDetail',
      text('免許・資格の名称', {
        required: true,
        appliesWhen: neededOrPreferred((d) => d.job.license),
        certainty: ownLabel,
      }),
    ],
    ['job.trialPeriod', option('試用期間', 'yesNo')],
    [
      'job.trialPeriodLength',
      text('試用期間の長さ', {
        required: true,
        appliesWhen: is((d) => d.job.trialPeriod, 'yes'),
        certainty: ownLabel,
      }),
    ],
    [
      'job.trialConditions',
      option('試用期間中の労働条件', 'trialConditions', {
        appliesWhen: is((d) => d.job.trialPeriod, 'yes'),
      }),
    ],
    [
      'job.trialConditionsNote',
      text('試用期間中の労働条件（内容）', {
        required: true,
        appliesWhen: (d) => d.job.trialPeriod === 'yes' && d.job.trialConditions === 'different',
        certainty: ownLabel,
      }),
    ],
  ]),
  ...screenRules(4, [
    ['wage.wageType', option('賃金形態', 'wageType')],
    ['wage.baseMin', digits('基本給（下限）', 'amount', { required: true, certainty: ownLabel })],
    ['wage.baseMax', digits('基本給（上限）', 'amount', { required: true, certainty: ownLabel })],
    ...allowance(1, 'a'),
    ...allowance(2, 'b'),
    ...allowance(3, 'c'),
    ...allowance(4, 'd'),
    ['wage.fixedOvertime', option('固定残業代', 'yesNo')],
    // That the amount, the hours and the extra pay are stated is the offer check's
    // (fixed-overtime-statement); here only their form.
    [
      'wage.fixedOvertimeAmount',
      digits('固定残業代（金額）', 'amount', {
        appliesWhen: is((d) => d.wage.fixedOvertime, 'yes'),
        certainty: ownLabel,
      }),
    ],
    [
      'wage.fixedOvertimeHours',
      digits('固定残業代（時間）', 'number', {
        appliesWhen: is((d) => d.wage.fixedOvertime, 'yes'),
        certainty: ownLabel,
      }),
    ],
    [
      'wage.fixedOvertimeNote',
      text('固定残業代に関する特記事項', {
        appliesWhen: is((d) => d.wage.fixedOvertime, 'yes'),
      }),
    ],
    ['wage.commuting', option('通勤手当', 'commuting')],
    [
      'wage.commutingMax',
      digits('通勤手当（上限額）', 'amount', {
        required: true,
        appliesWhen: is((d) => d.wage.commuting, 'actual', 'fixed'),
        certainty: ownLabel,
      }),
    ],
    [
      'wage.closingDay',
      digits('賃金締切日', 'day', { chars: 'free', required: true, chosenOnPortal: true }),
    ],
    [
      'wage.paymentMonth',
      option('賃金支払日（当月・翌月）', 'paymentMonth', { certainty: ownLabel }),
    ],
    [
      'wage.paymentDay',
      digits('賃金支払日', 'day', { chars: 'free', required: true, chosenOnPortal: true }),
    ],
    ['wage.raise', option('昇給', 'yesNo')],
    [
      'wage.raiseDetail',
      text('昇給（前年度実績）', { appliesWhen: is((d) => d.wage.raise, 'yes') }),
    ],
    ['wage.bonus', option('賞与', 'yesNo')],
    [
      'wage.bonusDetail',
      text('賞与（前年度実績）', { appliesWhen: is((d) => d.wage.bonus, 'yes') }),
    ],
  ]),
  ...screenRules(5, [
    ...shift(1),
    ...shift(2),
    ...shift(3),
    ['hours.shiftSystem', option('交替制（シフト制）', 'yesNo', { required: false })],
    ['hours.variableHours', option('変形労働時間制', 'variableHours')],
    // The job sheet's item is 時間外労働時間 (あり・なし, then 月平均 … 時間): one spelling everywhere.
    ['hours.overtime', option('時間外労働時間', 'yesNo')],
    [
      'hours.overtimeMonthly',
      digits('月平均時間外労働時間', 'number', {
        required: true,
        appliesWhen: is((d) => d.hours.overtime, 'yes'),
      }),
    ],
    ['hours.breakMinutes', digits('休憩時間', 'count', { required: true })],
    ['hours.weeklyDays', digits('週所定労働日数', 'number')],
    ['hours.weeklyHours', digits('週所定労働時間', 'number')],
    ['hours.annualHolidays', digits('年間休日数', 'count', { required: true })],
    ['hours.holidays', text('休日', { required: true })],
    ['hours.twoDaysOff', option('週休二日制', 'twoDaysOff')],
    ['hours.paidLeaveDays', digits('6ヶ月経過後の年次有給休暇日数', 'count')],
  ]),
  ...screenRules(6, [
    ['insurance.insurances', several('加入保険等', 'insurance')],
    ['insurance.retirementAge', option('定年制', 'yesNo')],
    [
      'insurance.retirementAgeValue',
      digits('定年年齢', 'count', {
        required: true,
        appliesWhen: is((d) => d.insurance.retirementAge, 'yes'),
        certainty: ownLabel,
      }),
    ],
    ['insurance.reemployment', option('再雇用制度', 'yesNo')],
    [
      'insurance.reemploymentMaxAge',
      digits('再雇用（上限年齢）', 'count', {
        appliesWhen: is((d) => d.insurance.reemployment, 'yes'),
        certainty: ownLabel,
      }),
    ],
    ['insurance.housingSingle', option('入居可能住宅（単身用）', 'yesNo', { required: false })],
    ['insurance.housingFamily', option('入居可能住宅（世帯用）', 'yesNo', { required: false })],
    ['insurance.housingNote', text('入居可能住宅（備考）', { certainty: ownLabel })],
    ['insurance.childcare', option('利用可能託児施設', 'yesNo', { required: false })],
    [
      'insurance.childcareNote',
      text('利用可能託児施設（内容）', {
        appliesWhen: is((d) => d.insurance.childcare, 'yes'),
        certainty: ownLabel,
      }),
    ],
  ]),
  ...screenRules(7, [
    ['pr.specialNotes', text('求人に関する特記事項', { multiline: true })],
    ['pr.message', text('事業所からのメッセージ', { multiline: true })],
  ]),
  ...screenRules(8, [
    ['selection.hires', digits('採用人数', 'count', { required: true })],
    ['selection.reason', option('募集理由', 'hiringReason')],
    ['selection.methods', several('選考方法', 'selectionMethod')],
    ['selection.resultDays', digits('選考結果通知（面接後の日数）', 'count', { required: true })],
    ['selection.notification', several('選考結果の通知方法', 'notification')],
    ['selection.documents', several('応募書類等', 'applicationDocuments')],
    [
      'selection.documentsOther',
      text('応募書類等（その他）', {
        required: true,
        appliesWhen: (d) => d.selection.documents.includes('other'),
        certainty: ownLabel,
      }),
    ],
    fromProfile('contact.department', 'selection.contact.department'),
    fromProfile('contact.name', 'selection.contact.name'),
    fromProfile('contact.nameKana', 'selection.contact.nameKana'),
    fromProfile('contact.phone', 'selection.contact.phone'),
    fromProfile('establishment.fax', 'selection.contact.fax'),
    fromProfile('contact.extension', 'selection.contact.extension'),
    fromProfile('contact.email', 'selection.contact.email'),
  ]),
  ...screenRules('app', [
    [
      'hours.fullTimeWeeklyHours',
      digits('通常の労働者の週所定労働時間', 'number', {
        shownOn: { screen: 5 },
        certainty: ownLabel,
      }),
    ],
    // The 2024-04 statements the portal takes as text inside other fields (see compose.ts).
    [
      'job.changeScope',
      text('業務の変更範囲', { shownOn: { screen: 3, after: 'job.description' } }),
    ],
    [
      'category.renewalCap',
      option('更新上限', 'renewalCap', {
        required: false,
        appliesWhen: renewable,
        shownOn: { screen: 1, after: 'category.renewalConditions' },
        certainty: ownLabel,
      }),
    ],
    [
      'category.renewalCapYears',
      digits('更新上限（通算契約期間・年）', 'number', {
        appliesWhen: capped,
        shownOn: { screen: 1, after: 'category.renewalCap' },
        certainty: ownLabel,
      }),
    ],
    [
      'category.renewalCapCount',
      digits('更新上限（更新回数・回）', 'count', {
        appliesWhen: capped,
        shownOn: { screen: 1, after: 'category.renewalCapYears' },
        certainty: ownLabel,
      }),
    ],
    // Checked against the minimum wage; the portal takes trial conditions as text.
    [
      'job.trialWage',
      digits('試用期間中の賃金（下限）', 'amount', {
        appliesWhen: (d) => d.job.trialPeriod === 'yes' && d.job.trialConditions === 'different',
        shownOn: { screen: 3, after: 'job.trialConditionsNote' },
        certainty: ownLabel,
      }),
    ],
    allowanceKind(1),
    allowanceKind(2),
    allowanceKind(3),
    allowanceKind(4),
  ]),
]

const RULES_BY_ID = new Map(JOB_FIELD_RULES.map((r) => [r.id, r]))

export function jobRuleFor(id: string): JobFieldRule | undefined {
  return RULES_BY_ID.get(id)
}

/** The rules of one screen, in table order. */
export function jobRulesOf(screen: JobScreen): JobFieldRule[] {
  return JOB_FIELD_RULES.filter((r) => r.screen === screen)
}

export function applies(rule: JobFieldRule, draft: JobOfferDraft): boolean {
  return rule.appliesWhen === undefined || rule.appliesWhen(draft)
}

export function isJobFieldRequired(rule: JobFieldRule, draft: JobOfferDraft): boolean {
  if (!rule.required || !applies(rule, draft)) return false
  return rule.requiredWhen === undefined || rule.requiredWhen(draft)
}
