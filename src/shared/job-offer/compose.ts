import type { JobOfferDraft } from './model'

/**
 * The 2024-04 statements the portal has no field of their own for, written into the fields the
 * labour bureaus say to use (福岡労働局, 新潟ハローワーク):
 * - the scope of change of duties goes at the end of 仕事内容 as 「変更範囲：…」; the colon is
 *   full-width because the field is 全角;
 * - a cap on renewals goes into 求人に関する特記事項 when renewal is 原則更新, and into 契約更新の条件
 *   when it is 条件付きで更新あり, as 「更新上限：有（通算契約期間○年／更新回数○回）」. No cap needs
 *   no text (新潟ハローワーク).
 * The draft keeps what the user typed apart; the copy panel and the printed draft show the result.
 */

export const CHANGE_SCOPE_LABEL = '変更範囲：'
/** App-only fields whose answer reaches the portal inside another field's text. */
export const COMPOSED_FIELDS: readonly string[] = [
  'job.changeScope',
  'category.renewalCap',
  'category.renewalCapYears',
  'category.renewalCapCount',
]
/** The one-click answer when duties will not change. */
export const NO_CHANGE = '変更なし'

/** 仕事内容 already states a scope of change (typed by hand, e.g. in a draft made before 2024-04). */
export function mentionsChangeScope(description: string): boolean {
  return /変更(?:の)?範囲/.test(description.normalize('NFKC'))
}

export function changeScopeLine(draft: JobOfferDraft): string {
  const scope = draft.job.changeScope.trim()
  return scope === '' ? '' : `${CHANGE_SCOPE_LABEL}${scope}`
}

/** 「更新上限：有（…）」, or '' with no cap, or a cap whose length and count are both missing. */
export function renewalCapLine(draft: JobOfferDraft): string {
  const c = draft.category
  if (c.renewalCap !== 'capped') return ''
  const years = c.renewalCapYears.trim()
  const count = c.renewalCapCount.trim()
  const parts = [years && `通算契約期間${years}年`, count && `更新回数${count}回`].filter(Boolean)
  return parts.length === 0 ? '' : `更新上限：有（${parts.join('／')}）`
}

/** Where the cap goes: 特記事項 for 原則更新, 契約更新の条件 for 条件付き. */
export function renewalCapField(
  draft: JobOfferDraft,
): 'pr.specialNotes' | 'category.renewalConditions' | null {
  const c = draft.category
  if (!c.employmentPeriod.startsWith('fixed')) return null
  if (c.contractRenewal === 'in-principle') return 'pr.specialNotes'
  if (c.contractRenewal === 'conditional') return 'category.renewalConditions'
  return null
}

function append(text: string, line: string): string {
  if (line === '') return text
  const body = text.replace(/\s+$/u, '')
  // Typed by hand already: never twice.
  if (body.split('\n').some((l) => l.trim() === line)) return text
  return body === '' ? line : `${body}\n${line}`
}

/**
 * The value to paste for a draft field: the typed value with the statements that belong in it.
 * Fields that take none come back as they are.
 */
export function composedValue(draft: JobOfferDraft, field: string, typed: string): string {
  if (field === 'job.description') return append(typed, changeScopeLine(draft))
  if (field === renewalCapField(draft)) return append(typed, renewalCapLine(draft))
  return typed
}

/**
 * The sentence that says hours beyond the fixed overtime are paid extra (one of the three things an
 * offer with 固定残業代 must state), in the offer's language: Japanese, whatever the screen's.
 */
export function excessPaidSentence(hours: string): string {
  const h = hours.trim()
  const beyond = h === '' ? '固定残業時間' : `${h}時間`
  return `${beyond}を超える時間外労働、休日労働及び深夜労働に対する割増賃金は、追加で支給します。`
}
