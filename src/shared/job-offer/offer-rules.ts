import type { FactCertainty, FactSource } from '../fact'
import { MINIMUM_WAGE_SOURCES } from '../minimum-wage'

/**
 * The offer check's rules, as data: what each checks, on what legal basis, from which source (read
 * on which day), how sure the fact is, and what Hello Work would likely do with an offer that
 * breaks it, with how sure that is. The logic of each rule is in offer-check.ts, under the same id.
 *
 * Severity, from the owner's point of view:
 * - `refused`: not accepted (不受理) or held from publication (公開保留) as it stands; blocks
 *   readiness like a field error. Offers whose content breaks a law are not accepted
 *   (職業安定法5条の6; Hello Work 「求人情報の入力方法について」), and offers below the minimum wage
 *   are held (ハローワーク小樽);
 * - `correction`: likely sent back for correction (修正依頼) or corrected by phone;
 * - `advice`: worth knowing, or something the app could not check.
 */

export type OfferSeverity = 'refused' | 'correction' | 'advice'
export const OFFER_SEVERITIES: readonly OfferSeverity[] = ['refused', 'correction', 'advice']

export type OfferRuleGroup =
  | 'minimum-wage'
  | 'working-time'
  | 'fixed-overtime'
  | 'age'
  | 'retirement'
  | 'sex'
  | 'statements'
  | 'smoking'

export interface OfferRule {
  id: string
  group: OfferRuleGroup
  /** Law and article (Japanese: the user may look it up). */
  basis: string
  sources: readonly FactSource[]
  /** How sure the fact the rule checks is. */
  certainty: FactCertainty
  severity: OfferSeverity
  /** How sure it is that Hello Work does what `severity` says. */
  severityCertainty: FactCertainty
  /** The draft fields the rule looks at; a finding points at those that need the fix. */
  fields: readonly string[]
  /** Cases where the rule uses another limit, each with its own basis, sources and certainty. */
  cases?: readonly OfferRuleCase[]
}

export interface OfferRuleCase {
  /** When the check uses it (Japanese: shown beside the basis). */
  when: string
  basis: string
  sources: readonly FactSource[]
  /** How sure the limit itself is. */
  certainty: FactCertainty
  /** How sure it is that the case applies to the drafts the check uses it for. */
  whenCertainty: FactCertainty
}

/** The day the rules' sources were read (the facts sheet). */
export const OFFER_RULES_AS_OF = '2026-11-30'
const source = (title: string, url: string | null = null): FactSource => ({
  title,
  url,
  asOf: OFFER_RULES_AS_OF,
})

/** The sources of the rules (the facts sheet of 2026-11-30, gathered from public pages). */
export const OFFER_SOURCES = {
  helloWorkInput: source(
    'ハローワークインターネットサービス「求人情報の入力方法について」',
    'https://www.hellowork.mhlw.go.jp/enterprise/ent_inputmethod03.html',
  ),
  otaruMinimumWage: source(
    'ハローワーク小樽「令和7年度北海道最低賃金改定」（求人の賃金の変更のお願い）',
  ),
  tokushimaConversion: source(
    '徳島労働局「最低賃金額以上かどうかの確認方法」（新潟労働局・愛媛労働局のFAQも同旨）',
  ),
  excludedPay: source(
    '山形労働局 答申のページ、鹿児島労働局「鹿児島県の最低賃金について」（算入しない賃金）',
  ),
  trialMinimumWage: source('兵庫労働局（試用期間中の最低賃金、最低賃金法7条の減額特例）'),
  /** The secondary tables the minimum-wage amounts and dates come from (the official list was not read). */
  minimumWageTables: MINIMUM_WAGE_SOURCES.tables,
  ehimeConditions: source('愛媛労働局「一般労働条件」'),
  specialWeek: source(
    '労働基準法施行規則25条の2（特例措置対象事業場）の解説（社労士・労務サイト）',
  ),
  overtimeLimits: source(
    'twork-t.com、kizugawa-law.jp、愛知労働局 働き方改革推進支援センターのコラム（2025-12-11）',
  ),
  /**
   * 月42時間・年320時間 under a 1年単位の変形労働時間制 whose 対象期間 is over 3 months (労働基準法36条
   * 4項, cited there; the statute itself was not read).
   */
  overtimeLimitsOneYear: {
    title: 'nlo.okinawa コラム「時間外労働の上限規制」（労働基準法36条3項・4項の解説）',
    url: null,
    asOf: '2026-11-30',
  },
  fixedOvertimeLeaflet: source(
    '厚生労働省リーフレット「固定残業代を賃金に含める場合は、適切な表示をお願いします。」',
    'https://www.mhlw.go.jp/file/06-Seisakujouhou-11600000-Shokugyouanteikyoku/0000146838_1.pdf',
  ),
  fixedOvertimeShizuoka: source('静岡労働局 トピックス（2016年度、若者雇用促進法の指針）'),
  ageLimit: source('ハローワークインターネットサービス「年齢制限該当事由について」'),
  ageLimitDetail: source('ハローワークの確認事項シート、imidas（例外事由3号の条件）'),
  ageReasonQa: source(
    '厚生労働省「労働者の募集及び採用における年齢制限禁止の義務化に係るQ&A」Q1-2',
  ),
  retirement: source('宮城労働局「高年齢者雇用確保・就業確保措置の実施」'),
  sexHelloWork: source('ハローワーク札幌 Q&A「求人票に性別を表示してほしい」'),
  sexTitles: source('indeed blog、en-japan Q&A、brains-soken、job-stage（職種名の表記）'),
  statementsFukuoka: source(
    '福岡労働局「求人票に明示する労働条件が新たに3点追加されます～求人者マイページにおける対象項目の入力方法について～」',
  ),
  statementsNiigata: source('新潟ハローワーク「求人票に明示する労働条件が新たに3点追加されます」'),
  statementsFuchu: source('ハローワーク府中（「変更の範囲」の定義）'),
  renewalCapWording: source(
    'sr-keyaki.jp、yamaguchi-kr.com、sansokan.jp（厚生労働省・ハローワークのリーフレットの引用）',
  ),
  renewalLeaflet: source(
    '厚生労働省リーフレット「募集時などに明示すべき労働条件が追加されます!」（二次資料の引用）',
    'https://www.mhlw.go.jp/content/001114110.pdf',
  ),
  smokingChiba: source('千葉県「労政ちば」2019-12-25（求人票の受動喫煙対策の記載）'),
  smokingAge: source('yroukyou.wpx.jp（喫煙可能区域への20歳未満の立入り）'),
} as const satisfies Record<string, FactSource>

const S = OFFER_SOURCES

/**
 * 月42時間 where 1年単位の変形労働時間制 is chosen. The limit holds only when its 対象期間 is over 3
 * months, which the draft does not say: the check assumes it is, so that case is inferred.
 */
const ONE_YEAR_OVERTIME: OfferRuleCase = {
  when: '1年単位の変形労働時間制（対象期間が3か月を超えるものと推定）',
  basis: '労働基準法36条4項（月42時間・年320時間）',
  sources: [S.overtimeLimitsOneYear],
  certainty: 'secondary',
  whenCertainty: 'inferred',
}

const rule = <const Id extends string>(r: OfferRule & { id: Id }) => r

/** Every rule of the offer check. Ids are stable: message keys and tests use them. */
export const OFFER_RULES = [
  // 最低賃金
  rule({
    id: 'min-wage-below',
    group: 'minimum-wage',
    basis: '最低賃金法4条1項（算入しない賃金：同条3項・同法施行規則1条）',
    sources: [S.otaruMinimumWage, S.tokushimaConversion, S.excludedPay, S.minimumWageTables],
    certainty: 'official',
    severity: 'refused',
    severityCertainty: 'official',
    fields: ['wage.baseMin', 'wage.wageType'],
  }),
  rule({
    id: 'min-wage-trial-below',
    group: 'minimum-wage',
    basis: '最低賃金法4条1項・7条（減額特例は労働局長の許可が必要）',
    sources: [S.trialMinimumWage, S.otaruMinimumWage],
    certainty: 'official',
    severity: 'refused',
    severityCertainty: 'official',
    fields: ['job.trialWage'],
  }),
  rule({
    id: 'min-wage-upcoming',
    group: 'minimum-wage',
    basis: '最低賃金法4条1項（新しい最低賃金は発効日から適用）',
    sources: [S.otaruMinimumWage],
    certainty: 'official',
    severity: 'correction',
    severityCertainty: 'official',
    fields: ['wage.baseMin'],
  }),
  rule({
    id: 'min-wage-table-horizon',
    group: 'minimum-wage',
    basis: '最低賃金法4条1項',
    // How far the table reaches rests on the secondary tables it was made from.
    sources: [S.minimumWageTables],
    certainty: 'secondary',
    severity: 'advice',
    severityCertainty: 'inferred',
    fields: ['wage.baseMin'],
  }),
  rule({
    id: 'min-wage-allowance-kind',
    group: 'minimum-wage',
    basis: '最低賃金法4条3項・同法施行規則1条',
    sources: [S.excludedPay],
    certainty: 'official',
    severity: 'advice',
    severityCertainty: 'inferred',
    fields: [
      'wage.allowance1Kind',
      'wage.allowance2Kind',
      'wage.allowance3Kind',
      'wage.allowance4Kind',
    ],
  }),
  rule({
    id: 'min-wage-unchecked',
    group: 'minimum-wage',
    basis: '最低賃金法4条1項',
    sources: [S.tokushimaConversion],
    certainty: 'official',
    severity: 'advice',
    severityCertainty: 'inferred',
    fields: ['wage.wageType', 'wage.baseMin', 'hours.shift1Start', 'hours.breakMinutes'],
  }),
  // 労働基準法: 労働時間・休憩・休日・時間外労働
  rule({
    id: 'break-short',
    group: 'working-time',
    basis: '労働基準法34条1項',
    sources: [S.ehimeConditions, S.helloWorkInput],
    certainty: 'official',
    severity: 'refused',
    severityCertainty: 'official',
    fields: ['hours.breakMinutes'],
  }),
  rule({
    id: 'daily-over-8',
    group: 'working-time',
    basis: '労働基準法32条2項',
    sources: [S.ehimeConditions, S.helloWorkInput],
    certainty: 'official',
    severity: 'refused',
    severityCertainty: 'official',
    fields: ['hours.shift1Start', 'hours.shift1End', 'hours.variableHours'],
  }),
  rule({
    id: 'weekly-over-40',
    group: 'working-time',
    basis: '労働基準法32条1項（特例措置対象事業場は週44時間：同法40条・同法施行規則25条の2）',
    sources: [S.ehimeConditions, S.specialWeek, S.helloWorkInput],
    certainty: 'official',
    severity: 'refused',
    severityCertainty: 'official',
    fields: ['hours.weeklyHours', 'hours.weeklyDays', 'hours.variableHours'],
  }),
  rule({
    id: 'weekly-day-off',
    group: 'working-time',
    basis: '労働基準法35条',
    sources: [S.ehimeConditions, S.helloWorkInput],
    certainty: 'official',
    severity: 'refused',
    severityCertainty: 'official',
    fields: ['hours.weeklyDays', 'hours.annualHolidays'],
  }),
  rule({
    id: 'annual-hours-over',
    group: 'working-time',
    basis: '労働基準法32条（年間休日と1日の労働時間から見た週平均）',
    sources: [S.ehimeConditions],
    certainty: 'inferred',
    severity: 'correction',
    severityCertainty: 'inferred',
    fields: ['hours.annualHolidays'],
  }),
  rule({
    id: 'overtime-over-45',
    group: 'working-time',
    basis:
      '労働基準法36条3項・4項（時間外労働の限度時間：原則 月45時間・年360時間、1年単位の変形労働時間制で対象期間が3か月を超える場合は 月42時間・年320時間）',
    sources: [S.overtimeLimits, S.overtimeLimitsOneYear],
    certainty: 'secondary',
    severity: 'correction',
    severityCertainty: 'inferred',
    fields: ['hours.overtimeMonthly'],
    cases: [ONE_YEAR_OVERTIME],
  }),
  rule({
    id: 'fixed-overtime-over-45',
    group: 'working-time',
    basis:
      '労働基準法36条3項・4項（時間外労働の限度時間：原則 月45時間、1年単位の変形労働時間制で対象期間が3か月を超える場合は 月42時間）',
    sources: [S.overtimeLimits, S.overtimeLimitsOneYear],
    certainty: 'secondary',
    severity: 'correction',
    severityCertainty: 'inferred',
    fields: ['wage.fixedOvertimeHours'],
    cases: [ONE_YEAR_OVERTIME],
  }),
  rule({
    id: 'hours-unchecked',
    group: 'working-time',
    basis: '労働基準法32条・34条・35条',
    sources: [S.ehimeConditions],
    certainty: 'official',
    severity: 'advice',
    severityCertainty: 'inferred',
    fields: ['hours.shift1Start', 'hours.shift1End', 'hours.breakMinutes'],
  }),
  // 固定残業代
  rule({
    id: 'fixed-overtime-statement',
    group: 'fixed-overtime',
    basis:
      '職業安定法5条の3・職業紹介事業者等の指針（平成11年労働省告示第141号）第3の1(3)、若者雇用促進法の指針（平成27年厚生労働省告示第406号）',
    sources: [S.fixedOvertimeLeaflet, S.fixedOvertimeShizuoka],
    certainty: 'secondary',
    severity: 'correction',
    severityCertainty: 'secondary',
    fields: ['wage.fixedOvertimeAmount', 'wage.fixedOvertimeHours', 'wage.fixedOvertimeNote'],
  }),
  // 年齢
  rule({
    id: 'age-exception-missing',
    group: 'age',
    basis: '労働施策総合推進法9条・同法施行規則1条の3第1項',
    sources: [S.ageLimit],
    certainty: 'official',
    severity: 'refused',
    severityCertainty: 'official',
    fields: ['job.ageReason'],
  }),
  rule({
    id: 'age-range',
    group: 'age',
    basis: '労働施策総合推進法9条・同法施行規則1条の3第1項',
    sources: [S.ageLimit],
    certainty: 'official',
    severity: 'correction',
    severityCertainty: 'inferred',
    fields: ['job.ageMin', 'job.ageMax'],
  }),
  rule({
    id: 'age-exception-direction',
    group: 'age',
    basis:
      '労働施策総合推進法施行規則1条の3第1項（1号：定年を上限、2号：下限のみ、3号イ：上限のみ）',
    sources: [S.ageLimit],
    certainty: 'official',
    severity: 'refused',
    severityCertainty: 'inferred',
    fields: ['job.ageMin', 'job.ageMax', 'insurance.retirementAge', 'insurance.retirementAgeValue'],
  }),
  rule({
    id: 'age-exception-indefinite',
    group: 'age',
    basis: '労働施策総合推進法施行規則1条の3第1項1号・3号イ（期間の定めのない労働契約）',
    sources: [S.ageLimit, S.ageLimitDetail],
    certainty: 'official',
    severity: 'refused',
    severityCertainty: 'inferred',
    fields: ['category.employmentPeriod'],
  }),
  rule({
    id: 'age-exception-3i-experience',
    group: 'age',
    basis: '労働施策総合推進法施行規則1条の3第1項3号イ（職業経験不問）',
    sources: [S.ageLimitDetail],
    certainty: 'secondary',
    severity: 'refused',
    severityCertainty: 'inferred',
    fields: ['job.experience'],
  }),
  rule({
    id: 'age-exception-unverifiable',
    group: 'age',
    basis: '労働施策総合推進法施行規則1条の3第1項3号ロ・ハ・ニ',
    sources: [S.ageLimit, S.ageLimitDetail],
    certainty: 'secondary',
    severity: 'advice',
    severityCertainty: 'inferred',
    fields: ['job.ageReason'],
  }),
  rule({
    id: 'age-upper-reason',
    group: 'age',
    basis: '高年齢者雇用安定法18条の2',
    sources: [S.ageReasonQa],
    certainty: 'official',
    severity: 'correction',
    severityCertainty: 'inferred',
    fields: ['job.ageReasonNote'],
  }),
  // 定年
  rule({
    id: 'retirement-under-60',
    group: 'retirement',
    basis: '高年齢者雇用安定法8条',
    sources: [S.retirement, S.helloWorkInput],
    certainty: 'official',
    severity: 'refused',
    severityCertainty: 'official',
    fields: ['insurance.retirementAgeValue'],
  }),
  rule({
    id: 'retirement-continued-employment',
    group: 'retirement',
    basis: '高年齢者雇用安定法9条（65歳までの雇用確保措置）',
    sources: [S.retirement],
    certainty: 'official',
    severity: 'correction',
    severityCertainty: 'inferred',
    fields: ['insurance.reemployment', 'insurance.reemploymentMaxAge'],
  }),
  // 性別
  rule({
    id: 'gendered-wording',
    group: 'sex',
    basis: '男女雇用機会均等法5条・指針（平成18年厚生労働省告示第614号）',
    sources: [S.sexHelloWork, S.sexTitles],
    certainty: 'secondary',
    severity: 'correction',
    severityCertainty: 'inferred',
    fields: ['job.title', 'job.description'],
  }),
  // 2024-04 の明示事項
  rule({
    id: 'change-scope-missing',
    group: 'statements',
    basis: '職業安定法施行規則4条の2第3項1号（令和5年厚生労働省令第89号、2024-04-01施行）',
    sources: [S.statementsFukuoka, S.statementsNiigata, S.statementsFuchu],
    certainty: 'official',
    severity: 'correction',
    severityCertainty: 'inferred',
    fields: ['job.changeScope'],
  }),
  rule({
    id: 'transfer-scope-missing',
    group: 'statements',
    basis: '職業安定法施行規則4条の2第3項（就業場所の変更の範囲、2024-04-01施行）',
    sources: [S.statementsFukuoka],
    certainty: 'official',
    severity: 'correction',
    severityCertainty: 'inferred',
    fields: ['workplace.transferScope'],
  }),
  rule({
    id: 'renewal-basis-missing',
    group: 'statements',
    basis: '職業安定法施行規則4条の2第3項2号の3（有期労働契約の更新の基準）',
    sources: [S.statementsFukuoka],
    certainty: 'official',
    severity: 'correction',
    severityCertainty: 'inferred',
    fields: ['category.contractRenewal'],
  }),
  rule({
    id: 'renewal-cap-unanswered',
    group: 'statements',
    basis: '職業安定法施行規則4条の2第3項2号の3（通算契約期間又は更新回数の上限を含む）',
    sources: [S.statementsNiigata, S.renewalCapWording],
    certainty: 'official',
    severity: 'correction',
    severityCertainty: 'inferred',
    fields: ['category.renewalCap', 'category.renewalCapYears', 'category.renewalCapCount'],
  }),
  rule({
    id: 'renewal-criteria-abstract',
    group: 'statements',
    basis: '職業安定法施行規則4条の2第3項2号の3',
    sources: [S.renewalLeaflet],
    certainty: 'secondary',
    severity: 'advice',
    severityCertainty: 'inferred',
    fields: ['category.renewalConditions'],
  }),
  // 受動喫煙
  rule({
    id: 'smoking-area-work',
    group: 'smoking',
    basis: '職業安定法施行規則4条の2第3項9号',
    sources: [S.smokingChiba],
    certainty: 'official',
    severity: 'correction',
    severityCertainty: 'inferred',
    fields: ['workplace.smokingNote'],
  }),
  rule({
    id: 'smoking-area-age',
    group: 'smoking',
    basis: '健康増進法（喫煙可能区域への20歳未満の立入り禁止）',
    sources: [S.smokingAge],
    certainty: 'secondary',
    severity: 'advice',
    severityCertainty: 'inferred',
    fields: ['job.ageLimit', 'job.ageMin'],
  }),
] as const

export type OfferRuleId = (typeof OFFER_RULES)[number]['id']

/**
 * Fields that must be answered where they are asked, but whose absence the offer check reports
 * (with its article and severity) rather than the field rules: the editor marks them 必須.
 */
export const REQUIRED_BY_CHECK: readonly string[] = [
  'category.contractRenewal',
  'category.renewalCap',
  'workplace.transferScope',
  'job.changeScope',
  'job.ageReason',
  'wage.fixedOvertimeAmount',
  'wage.fixedOvertimeHours',
]

const BY_ID = new Map<string, OfferRule>(OFFER_RULES.map((r) => [r.id, r]))

export function offerRule(id: OfferRuleId): OfferRule {
  const r = BY_ID.get(id)
  if (r === undefined) throw new Error(`No offer rule ${id}`)
  return r
}
