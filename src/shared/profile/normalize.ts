import {
  replaceRiskyChars,
  toFullwidthAscii,
  toFullwidthKatakana,
  toHalfwidthAscii,
  type CharClass,
} from './chars'
import { ruleFor } from './field-rules'
import { parseOfficeNumber, parsePostalCode } from './identifiers'

export { findRiskyChars, type RiskyChar, type RiskReason } from './chars'

/**
 * Two levels of help, so the app never surprises the user:
 * - `normalize` runs on blur without asking, only where the field's class leaves one reading of
 *   what was typed: digits (１２３ → 123, 03ー1234 → 03-1234), e-mail (ｉｎｆｏ＠ → info@) and
 *   カナ fields (ひらがな and ｶﾞ → ガ). It never lengthens a value, and trims.
 * - `suggest` proposes what depends on an unverified rule or changes what the text says
 *   (全角 conversion, ㈱ → （株）, 髙 → 高, emoji removal, hyphens in 郵便番号); the user accepts it.
 */

const AUTOMATIC: Partial<Record<CharClass, (value: string) => string>> = {
  'hankaku-digits': toHalfwidthAscii,
  email: toHalfwidthAscii,
  'zenkaku-katakana': (value) => toFullwidthKatakana(value, true),
}

/** The automatic conversion for a field (rule id or concrete path); idempotent. */
export function normalize(field: string, value: string): string {
  const rule = ruleFor(field)
  const convert = rule ? AUTOMATIC[rule.chars] : undefined
  return (convert ? convert(value) : value).trim()
}

export type SuggestReason =
  | 'to-fullwidth'
  | 'to-halfwidth'
  | 'halfwidth-kana'
  | 'machine-dependent'
  | 'emoji'
  | 'invisible'
  | 'outside-jis'
  | 'format'

/**
 * A replacement to offer for a field's value, with the reasons, or null when there is nothing
 * beyond what `normalize` does anyway. The returned value includes that normalisation.
 */
export function suggest(field: string, value: string): { value: string; reasons: string[] } | null {
  const rule = ruleFor(field)
  const base = normalize(field, value)
  const reasons = new Set<SuggestReason>()
  let out = base
  const step = (next: string, reason: SuggestReason): void => {
    if (next !== out) reasons.add(reason)
    out = next
  }
  switch (rule?.chars) {
    case 'zenkaku':
      step(toFullwidthKatakana(out, false), 'halfwidth-kana')
      step(toFullwidthAscii(out), 'to-fullwidth')
      break
    case 'hankaku-alnum':
      step(toHalfwidthAscii(out), 'to-halfwidth')
      break
    case 'hankaku-digits': {
      // 〒 and spaces are noise around a number; hyphens make the code readable.
      const bare = out.replace(/^〒/, '').replace(/\s/g, '')
      if (rule.format === 'postal-code') step(parsePostalCode(bare) ?? out, 'format')
      if (rule.format === 'office-number') step(parseOfficeNumber(bare) ?? out, 'format')
      break
    }
    default:
      break
  }
  const risky = replaceRiskyChars(out, rule?.chars)
  for (const r of risky.reasons) reasons.add(r)
  out = risky.value
  return out === base ? null : { value: out, reasons: [...reasons] }
}
