import { ruleFor } from './field-rules'
import { proposeText, settleText, type ProblemCode } from './settle'

export { findRiskyChars } from './chars'

/**
 * Two levels of help, so the app never surprises the user (the rules are in `settle.ts`):
 * - `normalize` runs on blur without asking, only where what was typed has one reading:
 *   digits (１２３ → 123, 03ー1234 → 03-1234, 03(1234)5678 → 03-1234-5678, 〒 and the spaces of
 *   a 法人番号 dropped), e-mail (ｉｎｆｏ＠ → info@) and カナ fields (ひらがな, ｶﾞ → ガ, a space
 *   full-width). It trims, and adds at most the hyphens of a 郵便番号 or 事業所番号.
 * - `suggest` proposes what depends on a reading of the user's words or an unverified rule
 *   (commas, 人 after a count, 平成10年, 1000万円); the user accepts it. What the copy panel
 *   converts by itself (全角 letters, ㈱, a tab) is neither: the editor says it is converted.
 */

/** The automatic change for a field (rule id or concrete path); idempotent. */
export function normalize(field: string, value: string): string {
  const rule = ruleFor(field)
  return rule ? settleText(value, rule) : value.trim()
}

/** Why a value is offered: the problem the user is told about. */
export type SuggestReason = ProblemCode

/**
 * A replacement to offer for a field's value, with the problem it fixes, or null when there is
 * nothing beyond what `normalize` does anyway.
 */
export function suggest(
  field: string,
  value: string,
): { value: string; reasons: SuggestReason[] } | null {
  const rule = ruleFor(field)
  const proposal = rule ? proposeText(value, rule) : null
  return proposal === null ? null : { value: proposal.value, reasons: [proposal.problem] }
}
