import * as v from 'valibot'
import { section } from '../plain-object'
import { LONG_TEXT_MAX, SHORT_TEXT_MAX, WorkplaceSchema, type Profile } from '../profile/model'

/**
 * A job offer draft (求人仮登録), grouped like the portal's eight screens. Like the profile, every
 * value is a string as the user typed it ('' = not filled) and any half-filled draft parses:
 * completeness is judged by the field rules, never by parsing. Option fields hold an option id
 * of `options.ts` as a plain string, so a list corrected later never makes a stored draft
 * unreadable (an unknown id only warns). Several-choice fields are arrays of ids.
 * One draft = one 職種 × 就業場所 × 雇用形態 × full/part-time (V).
 */

const short = v.optional(v.pipe(v.string(), v.maxLength(SHORT_TEXT_MAX)), '')
const long = v.optional(v.pipe(v.string(), v.maxLength(LONG_TEXT_MAX)), '')
/** Ids of a several-choice list; bounded so hostile input cannot grow a draft. */
const choices = v.optional(
  v.pipe(v.array(v.pipe(v.string(), v.maxLength(64))), v.maxLength(20)),
  () => [],
)

/** Screen 1 求人区分等情報. */
export const CategorySchema = section({
  /** 求人区分: 'full-time' | 'part-time' (follows working hours: see work-category.ts). */
  workCategory: short,
  employmentType: short,
  /** The name used when 雇用形態 is 正社員以外 (契約社員, 嘱託社員, …). */
  employmentTypeName: short,
  /** 派遣・請負 */
  dispatch: short,
  /** 労働者派遣事業の許可番号 (when 派遣). */
  dispatchPermitNumber: short,
  employmentPeriod: short,
  /** 雇用期間の長さ as typed (e.g. 1年), when 定めあり. */
  periodLength: short,
  contractRenewal: short,
  renewalConditions: short,
  /**
   * 更新上限 of a fixed-term contract that may be renewed: 'none' (no cap: a valid answer that
   * needs no text on the portal) or 'capped', with 通算契約期間 (years) and/or 更新回数 (times).
   * App only: the cap is written into 特記事項 or 契約更新の条件 (see compose.ts).
   */
  renewalCap: short,
  renewalCapYears: short,
  renewalCapCount: short,
  /** 求人情報・事業所名の公開範囲 (公開希望). */
  publication: short,
  /** オンライン自主応募を受け付ける (per offer). */
  onlineApplication: short,
  /** 正社員登用の実績 (yes/no) and how many in the past 3 years. */
  regularConversion: short,
  regularConversionCount: short,
})

/** Screen 2 事業所情報: where the work happens. */
export const WorkplaceChoiceSchema = section({
  /** '' = not chosen, 'own' = `own` below, '0', '1', … = the profile's 就業場所 by index. */
  choice: short,
  own: v.optional(WorkplaceSchema, {}),
  /** 受動喫煙対策: 有無 (yes/no), then 対策 (an option id) and 特記事項. */
  smokingMeasures: short,
  smoking: short,
  smokingNote: short,
  /** 転勤の可能性 */
  transfer: short,
  transferScope: short,
  /** マイカー通勤 可/不可 and 駐車場 あり/なし */
  carCommute: short,
  parking: short,
  parkingNote: short,
})

/** Screen 3 仕事内容情報. */
export const JobSchema = section({
  /** 職種 (at most 28 characters, 3P). */
  title: short,
  description: long,
  /**
   * 従事すべき業務の変更の範囲 (from 2024-04). App only: written at the end of 仕事内容 as
   * 「変更範囲：…」 (see compose.ts).
   */
  changeScope: short,
  /** 年齢: 'none' (不問) | 'limited', with range and the legal exception. */
  ageLimit: short,
  ageMin: short,
  ageMax: short,
  ageReason: short,
  ageReasonNote: short,
  education: short,
  experience: short,
  experienceDetail: short,
  pcSkills: short,
  license: short,
  licenseDetail: short,
  trialPeriod: short,
  trialPeriodLength: short,
  trialConditions: short,
  trialConditionsNote: short,
  /** App only: the lowest wage during 試用期間 when it differs, in the offer's 賃金形態. */
  trialWage: short,
})

/** Screen 4 賃金・手当情報. Amounts in yen, as typed. */
export const WageSchema = section({
  wageType: short,
  /** 基本給 range (min–max); equal when fixed. */
  baseMin: short,
  baseMax: short,
  /** 定額的に支払われる手当 a–d: name and amount. */
  allowance1Name: short,
  allowance1Amount: short,
  allowance2Name: short,
  allowance2Amount: short,
  allowance3Name: short,
  allowance3Amount: short,
  allowance4Name: short,
  allowance4Amount: short,
  /**
   * App only: what each 手当 is, so the minimum-wage check leaves out 通勤・家族・精皆勤手当 and
   * 固定残業代 whatever the allowance is called.
   */
  allowance1Kind: short,
  allowance2Kind: short,
  allowance3Kind: short,
  allowance4Kind: short,
  /** 固定残業代 yes/no; the amount and the hours it covers must then be stated. */
  fixedOvertime: short,
  fixedOvertimeAmount: short,
  fixedOvertimeHours: short,
  fixedOvertimeNote: short,
  commuting: short,
  commutingMax: short,
  /** 賃金締切日 as typed ('末' or a day). */
  closingDay: short,
  paymentMonth: short,
  paymentDay: short,
  raise: short,
  raiseDetail: short,
  bonus: short,
  bonusDetail: short,
})

/** Screen 5 労働時間情報. Times as typed (HH:MM). */
export const HoursSchema = section({
  shift1Start: short,
  shift1End: short,
  shift2Start: short,
  shift2End: short,
  shift3Start: short,
  shift3End: short,
  /** 交替制 yes/no */
  shiftSystem: short,
  variableHours: short,
  overtime: short,
  /** 月平均時間外労働時間 */
  overtimeMonthly: short,
  /** 休憩時間 in minutes */
  breakMinutes: short,
  /** 週所定労働日数 / 週所定労働時間 */
  weeklyDays: short,
  weeklyHours: short,
  /**
   * App only: the weekly hours of the establishment's usual full-time workers, which decide
   * full- vs part-time. Kept with the draft until the profile carries it; '' = assume 40.
   */
  fullTimeWeeklyHours: short,
  annualHolidays: short,
  /** 休日 as text (日曜日、祝日、…) */
  holidays: short,
  twoDaysOff: short,
  /** 6ヶ月経過後の年次有給休暇日数 */
  paidLeaveDays: short,
})

/** Screen 6 保険・年金・定年等情報. */
export const InsuranceSchema = section({
  insurances: choices,
  retirementAge: short,
  retirementAgeValue: short,
  reemployment: short,
  reemploymentMaxAge: short,
  housingSingle: short,
  housingFamily: short,
  housingNote: short,
  childcare: short,
  childcareNote: short,
})

/** Screen 7 求人PR情報. */
export const PrSchema = section({
  /** 求人に関する特記事項 */
  specialNotes: long,
  /** 事業所からのメッセージ */
  message: long,
})

/** 担当者 of the offer; '' falls back to the profile's contact (see `effectiveContact`). */
export const OfferContactSchema = section({
  department: short,
  name: short,
  nameKana: short,
  phone: short,
  fax: short,
  extension: short,
  email: short,
})

/** Screen 8 選考方法情報. */
export const SelectionSchema = section({
  /** 採用人数 */
  hires: short,
  reason: short,
  methods: choices,
  /** 選考結果通知: days after the interview, and how. */
  resultDays: short,
  notification: choices,
  documents: choices,
  documentsOther: short,
  contact: v.optional(OfferContactSchema, {}),
})

/**
 * After Hello Work accepted the offer (受理): the day, its 求人番号 and whether 有効期間延長 was
 * done, so the app can say when the offer ends and when to renew (`acceptance.ts`). Kept as typed,
 * like every value: a day that is no date only goes unused, it never makes the draft unreadable.
 */
export const AcceptanceSchema = section({
  /** 'YYYY-MM-DD' (Japan date) or ''. */
  acceptedOn: short,
  /** 求人番号: 5 digits – up to 8 digits. */
  offerNumber: short,
  /** 有効期間延長 was done (one month more). */
  extended: v.optional(v.boolean(), false),
})

/** The longest id a draft may have. */
export const DRAFT_ID_MAX = 100

export const JobOfferDraftSchema = section({
  version: v.optional(v.literal(1), 1),
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(DRAFT_ID_MAX)),
  category: v.optional(CategorySchema, {}),
  workplace: v.optional(WorkplaceChoiceSchema, {}),
  job: v.optional(JobSchema, {}),
  wage: v.optional(WageSchema, {}),
  hours: v.optional(HoursSchema, {}),
  insurance: v.optional(InsuranceSchema, {}),
  pr: v.optional(PrSchema, {}),
  selection: v.optional(SelectionSchema, {}),
  /** Drafts from before this section parse with it empty. */
  acceptance: v.optional(AcceptanceSchema, {}),
})

/** Several drafts per profile (stored as `<profileId>.drafts`). */
export const DRAFTS_MAX = 50
export const JobOfferDraftsSchema = v.pipe(v.array(JobOfferDraftSchema), v.maxLength(DRAFTS_MAX))

export type JobOfferDraft = v.InferOutput<typeof JobOfferDraftSchema>
export type OfferContact = v.InferOutput<typeof OfferContactSchema>
export type Acceptance = v.InferOutput<typeof AcceptanceSchema>

/**
 * A fresh draft. Its 担当者 stays empty and so follows the profile's contact (`effectiveContact`)
 * until the user overrides a value; with a profile of a single 就業場所, that one is chosen.
 */
export function emptyDraft(id: string, profile?: Profile): JobOfferDraft {
  const draft = v.parse(JobOfferDraftSchema, { id })
  if (profile?.workplaces.length === 1) draft.workplace.choice = '0'
  return draft
}

/**
 * The 担当者 to enter: the draft's own values, each empty one taken from the profile's contact
 * (FAX from the establishment), so a change of contact in the profile reaches every draft.
 */
export function effectiveContact(draft: JobOfferDraft, profile: Profile): OfferContact {
  const own = draft.selection.contact
  const base: OfferContact = { ...profile.contact, fax: profile.establishment.fax }
  const pick = (k: keyof OfferContact): string => (own[k] !== '' ? own[k] : base[k])
  return {
    department: pick('department'),
    name: pick('name'),
    nameKana: pick('nameKana'),
    phone: pick('phone'),
    fax: pick('fax'),
    extension: pick('extension'),
    email: pick('email'),
  }
}

/**
 * A copy for the next offer. Cleared, because they describe this one post and a copied value
 * would silently misdescribe the next (and 職種 is what makes the next offer a different one):
 * 職種, 仕事内容 and its 変更範囲, 必要な経験・PCスキル・免許 (they follow the 職種), 年齢 (an exception is justified
 * per post, e.g. 3号のロ names an occupation: it must be decided again, and 不問 is the default),
 * 採用人数 and 募集理由 (per post), and the record of its acceptance. Everything else (wage structure, hours, insurance, selection,
 * 担当者, PR) is usually shared by the establishment's offers and is kept for editing.
 */
export function duplicateDraft(draft: JobOfferDraft, newId: string): JobOfferDraft {
  const copy = v.parse(JobOfferDraftSchema, { ...structuredClone(draft), id: newId })
  Object.assign(copy.job, {
    title: '',
    description: '',
    changeScope: '',
    ageLimit: '',
    ageMin: '',
    ageMax: '',
    ageReason: '',
    ageReasonNote: '',
    experience: '',
    experienceDetail: '',
    pcSkills: '',
    license: '',
    licenseDetail: '',
  })
  copy.selection.hires = ''
  copy.selection.reason = ''
  // The next offer has not been accepted: it gets its own day and 求人番号.
  copy.acceptance = { acceptedOn: '', offerNumber: '', extended: false }
  return copy
}
