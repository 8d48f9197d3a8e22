import * as v from 'valibot'
import { section } from '../plain-object'

/**
 * The establishment profile: what the user prepares offline for the portal's establishment
 * screens (1 企業基本情報 … 5 事業所PR情報; screen 6 images live with the job offers), the login
 * e-mail, the 事業所番号 and the Hello Work office they deal with.
 *
 * Every value is a string exactly as the user typed it (numbers too, so nothing typed is lost);
 * '' means not filled. The schema accepts any half-filled profile: completeness is judged by
 * `field-rules.ts`, never by parsing, so a user can always save.
 */

/**
 * Safety bounds against hostile or runaway input, not portal limits (those live in the field
 * rules, with their certainty). Generous so that no real entry is ever refused on save.
 */
export const SHORT_TEXT_MAX = 500
export const LONG_TEXT_MAX = 4000
/** At most this many 就業場所; a small business rarely has more than a handful. */
export const WORKPLACES_MAX = 50

const short = v.optional(v.pipe(v.string(), v.maxLength(SHORT_TEXT_MAX)), '')
const long = v.optional(v.pipe(v.string(), v.maxLength(LONG_TEXT_MAX)), '')
const flag = v.optional(v.boolean(), false)

/** An address in the parts the portal's 郵便番号 + 住所検索 entry produces. */
export const AddressSchema = section({
  postalCode: short,
  /** 都道府県 */
  prefecture: short,
  /** 市区町村 */
  city: short,
  /** 町域 */
  town: short,
  /** 番地 */
  street: short,
  /** 建物名・階 */
  building: short,
})

/** Screen 1 企業基本情報: the company behind the establishment. */
export const CompanySchema = section({
  /** 法人番号 (13 digits); required unless 個人事業主. */
  corporateNumber: short,
  /** 個人事業主: no 法人番号 (officially); whether 法人名 and 資本金 are entered is unverified. */
  soleProprietor: flag,
  /** 法人名 (not printed on the job sheet). */
  name: short,
  /** False when the establishment is the head office, so 本社所在地 need not be typed twice. */
  headOfficeDiffers: flag,
  /** 本社所在地 */
  headOffice: v.optional(AddressSchema, {}),
  /** 設立年 */
  foundedYear: short,
  /** 資本金 */
  capital: short,
  /** 従業員数 企業全体 */
  employeesTotal: short,
})

/** Screens 2, 3 and 5: the establishment itself. */
export const EstablishmentSchema = section({
  name: short,
  nameKana: short,
  address: v.optional(AddressSchema, {}),
  phone: short,
  fax: short,
  representativeTitle: short,
  representativeName: short,
  /** 従業員数 就業場所 */
  employeesHere: short,
  /** 従業員数 うち女性 */
  employeesWomen: short,
  /** 従業員数 うちパート */
  employeesPartTime: short,
  /**
   * App only: whether the business is 商業, 映画・演劇業, 保健衛生業 or 接客娯楽業 (an option id of
   * the job offer's `industryGroup` list), which with fewer than 10 workers allows a 44-hour week.
   */
  industryGroup: short,
  /** 事業内容 */
  business: long,
  /** 会社の特長 */
  features: long,
  /** ホームページ */
  homepage: short,
})

/** Screen 4: one 就業場所 (a job offer names one of these). */
export const WorkplaceSchema = section({
  name: short,
  /** True when the work happens at the establishment's own address. */
  sameAsEstablishment: flag,
  address: v.optional(AddressSchema, {}),
  /** 最寄り駅 */
  station: short,
  /** 交通手段 (e.g. 徒歩, バス) */
  access: short,
  /** 所要時間 in minutes, as typed */
  travelTime: short,
})

/** 担当者: the person Hello Work calls about the registration. */
export const ContactSchema = section({
  department: short,
  name: short,
  nameKana: short,
  phone: short,
  extension: short,
  email: short,
})

export const ProfileSchema = section({
  /** Bumped when the shape changes, so stored profiles can be migrated. */
  version: v.optional(v.literal(1), 1),
  company: v.optional(CompanySchema, {}),
  establishment: v.optional(EstablishmentSchema, {}),
  workplaces: v.optional(v.pipe(v.array(WorkplaceSchema), v.maxLength(WORKPLACES_MAX)), () => [{}]),
  contact: v.optional(ContactSchema, {}),
  /** The shared login e-mail of the My Page (half-width, at most 100 characters). */
  account: v.optional(section({ loginEmail: short }), {}),
  /** 事業所番号, entered on 「求人申し込み実績」 by those who have filed before. */
  record: v.optional(section({ officeNumber: short }), {}),
  /** The Hello Work office with jurisdiction, as the user recorded it (no public dataset exists). */
  helloWork: v.optional(section({ name: short, phone: short }), {}),
})

export type Workplace = v.InferOutput<typeof WorkplaceSchema>
export type Profile = v.InferOutput<typeof ProfileSchema>
/** What may be stored or sent: any part may be missing; parsing fills the gaps with ''. */

/** A fresh, unfilled profile with one empty 就業場所. */
export function emptyProfile(): Profile {
  return v.parse(ProfileSchema, {})
}

export function emptyWorkplace(): Workplace {
  return v.parse(WorkplaceSchema, {})
}
