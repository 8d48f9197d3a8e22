import {
  findRiskyChars,
  removedKind,
  replaceRiskyChars,
  toFullwidthAscii,
  toFullwidthKatakana,
  toHalfwidthAscii,
  type CharClass,
  type RemovedKind,
} from './chars'
import { isPhoneNumber, parseOfficeNumber, parsePostalCode } from './identifiers'

/**
 * What happens to a typed value between the editor and the portal, in three kinds, so the editor
 * and the copy panel can never disagree:
 * - `settleText`: changes with only one reading (width of digits, 〒 before a postal code, the
 *   separators of a 法人番号, brackets in a phone number, a half-width space in a カナ field). The
 *   editors apply it when the user leaves the field; the copy panel applies it too.
 * - `portalText`: what the copy panel pastes: the settled text, then what the portal's field
 *   needs but the user need not type (全角 letters in a 全角 field, ㈱ → （株）, a tab removed).
 *   The editors show it as "converted when copied" instead of warning about those characters.
 * - `proposeText`: changes that depend on an unverified rule or on a reading of the user's words
 *   (commas in a number, 人 or 分 after it, 平成10年, 1000万円): never applied by themselves; the
 *   editor names the problem and offers the value.
 * Each is idempotent and never throws.
 */

/** What a field's rule says about its text (a subset of the profile's and job offer's rules). */
export interface TextRule {
  chars: CharClass
  /** The profile's `Format` or the job offer's (time, amount, …), or undefined. */
  format?: string
  /** 事業内容, 仕事内容, …: line breaks are kept. */
  multiline?: boolean
}

/** Amounts may be typed 250,000円; the portal gets the digits. */
export const bareAmount = (value: string): string => value.replace(/[,，円\s]/g, '')

const BRACKETS = /[()（）]/

/** 03(1234)5678, (03)1234-5678, 03 1234 5678 → 03-1234-5678, when that is a phone number. */
function phoneSeparators(value: string): string {
  if (!BRACKETS.test(value) && !/\d\s+\d/.test(value)) return value
  const hyphens = value
    .replace(/[()（）\s]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '')
  return isPhoneNumber(hyphens) ? hyphens : value
}

function settleDigits(value: string, format: string | undefined): string {
  const out = toHalfwidthAscii(value)
    .trim()
    .replace(/^(?:〒\s*)+/, '')
  // Once the spaces are out, a ー may stand between digits: convert the width again.
  const bare = (s: string) => toHalfwidthAscii(s.replace(/\s/g, ''))
  switch (format) {
    case 'phone':
      return bare(phoneSeparators(out))
    case 'corporate-number': {
      // 13 digits, written in groups on some documents: the separators carry nothing.
      const digits = bare(out).replace(/-/g, '')
      return /^\d+$/.test(digits) ? digits : out
    }
    case 'postal-code':
      return parsePostalCode(bare(out)) ?? bare(out)
    case 'office-number':
      return parseOfficeNumber(bare(out)) ?? bare(out)
    default:
      return bare(out)
  }
}

/** The certain changes, as applied when the user leaves a field. */
export function settleText(value: string, rule: TextRule): string {
  const text = value.replace(/\r\n?/g, '\n')
  switch (rule.chars) {
    case 'hankaku-digits':
      return settleDigits(text, rule.format)
    case 'email':
      return toHalfwidthAscii(text.replace(/\s/g, ''))
    case 'hankaku-alnum':
      return toHalfwidthAscii(text).trim()
    case 'zenkaku-katakana':
      return toFullwidthKatakana(text, true).trim().replaceAll(' ', '\u3000')
    case 'free':
      // 派13-123456: the permit number's digits and hyphen are half-width, without spaces.
      return rule.format === 'dispatch-permit'
        ? toHalfwidthAscii(text.replace(/\s/g, ''))
        : text.trim()
    case 'zenkaku':
      return text.trim()
  }
}

const DIGIT = '[0-9０-９]'
const DASH_BETWEEN_DIGITS = new RegExp(`(?<=${DIGIT})[-‐-―−－ーｰ](?=${DIGIT})`, 'g')

/** Drops what the copy panel removes (tabs, control and zero-width characters, emoji). */
function dropRemoved(value: string, rule: TextRule): string {
  const removed = findRiskyChars(value, rule.chars, { multiline: rule.multiline === true }).filter(
    (r) => r.suggestion === '',
  )
  if (removed.length === 0) return value
  let out = ''
  let at = 0
  for (const r of removed) {
    out += value.slice(at, r.index)
    at = r.index + r.char.length
  }
  return out + value.slice(at)
}

/**
 * What the copy panel pastes for a typed value. Removals come first, so what they leave is
 * settled as if typed that way (a 〒 behind a zero-width space is still a 〒).
 */
export function portalText(value: string, rule: TextRule): string {
  const multiline = rule.multiline === true
  let out = settleText(dropRemoved(value.replace(/\r\n?/g, '\n'), rule), rule)
  // Replacements before the width conversion, so Ⅲ−1 becomes ３－１ in one go.
  out = replaceRiskyChars(out, rule.chars, { multiline }).value
  switch (rule.chars) {
    case 'zenkaku':
      out = out.replace(DASH_BETWEEN_DIGITS, '－')
      out = toFullwidthAscii(toFullwidthKatakana(out, false))
      break
    case 'hankaku-digits':
      if (rule.format === 'amount') out = bareAmount(out)
      break
    default:
      break
  }
  return settleText(out, rule)
}

export interface RemovedChars {
  kind: RemovedKind
  count: number
}

/** What the copy panel will leave out of a value, named and counted (a tab, 3 invisible characters). */
export function removedOnCopy(value: string, rule: TextRule): RemovedChars[] {
  const counts = new Map<RemovedKind, number>()
  const risky = findRiskyChars(settleText(value, rule), rule.chars, {
    multiline: rule.multiline === true,
  })
  for (const r of risky) {
    const kind = removedKind(r)
    if (kind !== null) counts.set(kind, (counts.get(kind) ?? 0) + 1)
  }
  const order: RemovedKind[] = ['tab', 'newline', 'emoji', 'invisible']
  return order.flatMap((kind) => {
    const count = counts.get(kind)
    return count === undefined ? [] : [{ kind, count }]
  })
}

export interface CopyPreview {
  /** What the copy panel pastes. */
  pasted: string
  /** The panel pastes something other than what the field shows once settled. */
  converted: boolean
  removed: RemovedChars[]
}

/** What the editor says under a field: the text the panel will paste, and what it leaves out. */
export function copyPreview(value: string, rule: TextRule): CopyPreview {
  const pasted = portalText(value, rule)
  return {
    pasted,
    converted: value.trim() !== '' && pasted !== settleText(value, rule),
    removed: removedOnCopy(value, rule),
  }
}

// ---------------------------------------------------------------------------------------------
// Proposals: the problem named, the value offered, nothing applied without the user

export type ProblemCode = 'commas' | 'unit' | 'era' | 'man-yen'

export interface Proposal {
  value: string
  problem: ProblemCode
  /** For the message: the unit (人, 分, …), the era and year, … */
  params: Record<string, string | number>
}

/** Units people write after a number in a 半角数字 field. */
const UNIT =
  /^(\d+|\d{1,3}(?:,\d{3})+)\s*(人|名|分|円|年|歳|才|日|時間|か月|ヶ月|ヵ月|カ月|件|台|回)$/
const COMMAS = /^\d{1,3}(?:,\d{3})+$/

/** The first year of each era (明治 1 = 1868, …), for 設立年 typed in 和暦. */
export const ERAS = [
  { name: '令和', letter: 'R', first: 2019 },
  { name: '平成', letter: 'H', first: 1989 },
  { name: '昭和', letter: 'S', first: 1926 },
  { name: '大正', letter: 'T', first: 1912 },
  { name: '明治', letter: 'M', first: 1868 },
] as const

const ERA_YEAR = /^(令和|平成|昭和|大正|明治|[RHSTM])\.?\s*(元|\d{1,2})\s*年?$/i
/** The last year of each era that ended (so 平成35年 is not read as 2023). */
const ERA_LAST: Readonly<Record<string, number>> = { 平成: 31, 昭和: 64, 大正: 15, 明治: 45 }

function fromEra(text: string): Proposal | null {
  const m = ERA_YEAR.exec(text)
  if (!m) return null
  const written = m[1] ?? ''
  const era = ERAS.find((e) => e.name === written || e.letter === written.toUpperCase())
  if (era === undefined) return null
  const n = m[2] === '元' ? 1 : Number(m[2])
  const last = ERA_LAST[era.name]
  if (n < 1 || (last !== undefined && n > last)) return null
  const year = era.first + n - 1
  return {
    value: String(year),
    problem: 'era',
    params: { era: era.name, eraYear: m[2] === '元' ? '元' : n, year },
  }
}

/** 1000万円, 1億2000万, 3,000万円 → yen as digits (null when there is no 万 or 億). */
function fromManYen(text: string): string | null {
  const m = /^(?:(\d+)億)?(?:(\d+)万)?(\d*)円?$/.exec(text.replace(/,/g, ''))
  if (!m || (m[1] === undefined && m[2] === undefined)) return null
  const oku = BigInt(m[1] ?? '0')
  const man = BigInt(m[2] ?? '0')
  const rest = BigInt(m[3] === '' || m[3] === undefined ? '0' : m[3])
  if (rest >= 10000n) return null
  return String(oku * 100_000_000n + man * 10_000n + rest)
}

/**
 * A value to offer, with the problem it fixes, for a number typed with commas, a unit, an era
 * name or 万円; null when there is nothing to offer. Works on the settled text.
 */
export function proposeText(value: string, rule: TextRule): Proposal | null {
  if (rule.chars !== 'hankaku-digits') return null
  // Judged on what would be pasted, before the number's own problems: a tab is no problem here.
  const text = settleText(dropRemoved(value, rule), rule)
  switch (rule.format) {
    case 'year': {
      const era = fromEra(text)
      if (era) return era
      break
    }
    case 'yen': {
      const yen = fromManYen(text)
      if (yen !== null) return { value: yen, problem: 'man-yen', params: { value: yen } }
      break
    }
    case 'count':
      break
    default:
      return null
  }
  if (COMMAS.test(text)) return { value: text.replaceAll(',', ''), problem: 'commas', params: {} }
  const unit = UNIT.exec(text)
  if (unit && unit[1] !== undefined && unit[2] !== undefined) {
    return { value: unit[1].replaceAll(',', ''), problem: 'unit', params: { unit: unit[2] } }
  }
  return null
}
