import type { Certainty } from '../field-rules/core'

/**
 * Facts about the portal that the guide's own text does not carry, each with its source, as-of
 * date and certainty (domain-notes.md, job-offer-law.md §6). The messages that state them are
 * held to these by unit tests; the about screen and the screens that say "unverified" read them.
 */
export interface Fact {
  certainty: Certainty
  sources: readonly string[]
  asOf: string
}

/** Since 2025-01 a one-time password goes to the login address at login; entry can be skipped for a set period. */
export const LOGIN_OTP = {
  since: '2025-01',
  /** Not "every login": the user can choose to skip entering it for a set period after a login. */
  skippableForAPeriod: true,
  certainty: 'verified',
  sources: [
    'ハローワーク新潟 s_00049 / newpage_0106',
    'ハローワーク堺 hwis_mp_otp',
    'ハローワーク岩見沢',
    'ハローワーク留萌（2024-12-27〜2025-01-06 停止のお知らせ）',
  ],
  asOf: '2026-11-30',
} as const satisfies Fact & Record<string, unknown>

/**
 * Changing the login address: an address that no longer receives mail goes through Hello Work and
 * 「日数がかかる場合があります」; a working one is changed in the My Page (ログインアカウントの変更).
 */
export const LOGIN_ADDRESS_CHANGE = {
  helloWorkWhen: 'address-no-longer-receives-mail',
  mayTakeDays: true,
  myPageLabel: 'ログインアカウントの変更',
  certainty: 'verified',
  sources: ['hellowork.mhlw.go.jp/enterprise/ent_establish.html', 'ハローワーク堺 hwis_mp_otp'],
  asOf: '2026-11-30',
} as const satisfies Fact & Record<string, unknown>

/**
 * 本登録: the guide says 窓口または電話; the 2020 leaflet says to come to the office
 * (「ハローワークにお越しのうえ本登録」). Both are shown; the owner confirms with the office.
 */
export const HON_TOROKU_WAYS = {
  guide: ['counter', 'phone'],
  leaflet2020: ['in-person'],
  leafletDate: '2020-05-22',
  confirmWithOffice: true,
  certainty: 'third-party',
  sources: [
    'マイページ作成手順（ガイド）',
    '「求人者マイページ」のご案内（労働局リーフレット, 2020-05-22）',
  ],
  asOf: '2026-11-30',
} as const satisfies Fact & Record<string, unknown>

/**
 * Planned outages of the whole portal happen: check the portal's notices (お知らせ) for maintenance
 * before the long one-sitting entry. The example is the one that brought the one-time password.
 */
export const PLANNED_OUTAGE_EXAMPLE = {
  /** Japan time. */
  from: { date: '2024-12-27', time: '19:00' },
  to: { date: '2025-01-06', time: '08:30' },
  reason: 'one-time-password',
  certainty: 'verified',
  sources: ['ハローワーク留萌「ハローワークインターネットサービスの停止について」'],
  asOf: '2026-11-30',
} as const satisfies Fact & Record<string, unknown>

/**
 * After acceptance (受理): 有効期間延長 adds a month; continuing after that is a new offer made from
 * the old one (the 求人番号 changes). The portal's labels, as ハローワーク帯広 writes them. The
 * validity rule itself and its reminder are in job-offer/validity.ts (`OFFER_VALIDITY_RULE`).
 */
export const OFFER_RENEWAL = {
  extendLabel: '有効期間延長',
  newOfferLabel: '新規求人情報を登録',
  reusableListLabel: '転用可能な求人一覧',
  noteFieldLabel: 'ハローワークへの連絡事項',
  renewalNote: '更新求人',
  offerNumberChanges: true,
  certainty: 'verified',
  sources: ['ハローワーク帯広「求人者マイページから入力するときのポイント」'],
  asOf: '2026-11-30',
} as const satisfies Fact & Record<string, unknown>
