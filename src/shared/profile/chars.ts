import Encoding from 'encoding-japanese'

/**
 * Character classes and conversions. The JIS X 0208 test uses encoding-japanese's Unicode →
 * Shift_JIS (CP932) table instead of a hand-made range list, so every kanji is covered exactly:
 * a character is "safe" when it is ASCII or encodes into the JIS X 0208 rows of Shift_JIS
 * (lead bytes 81–84, 88–9F, E0–EA). CP932's additions are "machine-dependent": NEC row 13
 * (lead 87: ①, Ⅰ, ㈱, ㍻, ㌔, ∑), NEC-selected and IBM extension kanji (ED–EE, FA–FC: 髙, 﨑, 德,
 * ⅰ). Anything with no Shift_JIS code (emoji, 𠮷, 剝, 噓, ゔ, ㍿, —, ©, é, …) is outside JIS X 0208,
 * as are user-defined characters (外字, lead F0–F9). Controls, zero-width characters and variation
 * selectors are reported as invisible. Replacements come from a short table (VARIANTS) and, for
 * the rest, NFKC (㈱ → (株), ㌔ → キロ) or stripped diacritics (é → e); otherwise none is offered.
 */

/** What a portal field expects. */
export type CharClass =
  | 'zenkaku' // 全角
  | 'hankaku-alnum' // 半角英数 (and ASCII symbols)
  | 'hankaku-digits' // 半角数字 (and '-')
  | 'zenkaku-katakana' // 全角カタカナ
  | 'email'
  | 'free'

/** Why a character is likely to be refused. */
export type RiskReason =
  | 'machine-dependent' // 機種依存文字: NEC/IBM extensions of Shift_JIS
  | 'halfwidth-kana' // 半角カナ
  | 'emoji'
  | 'invisible' // control, zero-width, variation selectors, lone surrogates
  | 'outside-jis' // no JIS X 0208 code at all

export interface RiskyChar {
  char: string
  /** UTF-16 offset in the value (what an <input>'s selection uses). */
  index: number
  /** A replacement to offer; '' means remove; null when no safe replacement is known. */
  suggestion: string | null
  reason: RiskReason
}

// ｡ to ﾟ (U+FF61–U+FF9F) in order.
const HALF_KANA =
  '。「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン゛゜'

const isHalfKana = (cp: number): boolean => cp >= 0xff61 && cp <= 0xff9f
const isVoicedMark = (cp: number): boolean => cp === 0xff9e || cp === 0x3099 || cp === 0x309b
const isSemiVoicedMark = (cp: number): boolean => cp === 0xff9f || cp === 0x309a || cp === 0x309c

/** Composes kana + (半)濁点 into one character when JIS X 0208 has it (ｶﾞ→ガ, ﾊﾟ→パ, ｳﾞ→ヴ; not ヷ). */
function compose(base: string, voiced: boolean): string | null {
  const c = (base + (voiced ? '\u3099' : '\u309a')).normalize('NFC')
  if (c.length !== 1) return null
  const cp = c.charCodeAt(0)
  const ok = (cp >= 0x3041 && cp <= 0x3093) || (cp >= 0x30a1 && cp <= 0x30f6) || cp === 0x30fe
  return ok ? c : null
}

/**
 * Half-width katakana → full-width (with ﾞ/ﾟ composed); with `hiragana`, hiragana → katakana
 * too, and a following ゛/゜ is composed. Never lengthens the string.
 */
export function toFullwidthKatakana(value: string, hiragana: boolean): string {
  const out: string[] = []
  for (const ch of value) {
    const cp = ch.codePointAt(0) ?? 0
    const voiced = isVoicedMark(cp)
    const mark = voiced || isSemiVoicedMark(cp)
    // A spacing ゛/゜ in ordinary text may be meant as such; only a kana field composes it.
    const spacing = cp === 0x309b || cp === 0x309c
    if (mark && (hiragana || !spacing) && out.length > 0) {
      const composed = compose(out[out.length - 1] ?? '', voiced)
      if (composed !== null) {
        out[out.length - 1] = composed
        continue
      }
    }
    if (isHalfKana(cp)) out.push(HALF_KANA[cp - 0xff61] ?? ch)
    else if (cp === 0x3099) out.push('゛')
    else if (cp === 0x309a) out.push('゜')
    else if (hiragana && ((cp >= 0x3041 && cp <= 0x3096) || cp === 0x309d || cp === 0x309e)) {
      out.push(String.fromCharCode(cp + 0x60))
    } else out.push(ch)
  }
  return out.join('')
}

const DASHES = /[\u2010-\u2015\u2212\uff70]/g
// ー (prolonged sound mark) is a hyphen only between digits: 03ー1234 but not ハローワーク.
const DIGIT_CHOONPU = /(?<=[0-9])ー+(?=[0-9])/g

/**
 * Full-width ASCII (Ａ１＠－．) and the ideographic space → half-width; dash look-alikes → '-'.
 * One UTF-16 unit in, one out: never lengthens the string.
 */
export function toHalfwidthAscii(value: string): string {
  return value
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replaceAll('\u3000', ' ')
    .replace(DASHES, '-')
    .replace(DIGIT_CHOONPU, (run) => '-'.repeat(run.length))
}

/** Half-width ASCII → full-width, space → ideographic space (for 全角 fields). */
export function toFullwidthAscii(value: string): string {
  return value
    .replace(/[\x21-\x7e]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
    .replaceAll(' ', '\u3000')
}

/** Shift_JIS (CP932) bytes of one code point; [0x3f] when it has none. */
function sjis(ch: string): number[] {
  return Encoding.convert(Encoding.stringToCode(ch), { to: 'SJIS', from: 'UNICODE', type: 'array' })
}

type JisKind = 'ascii' | 'jis0208' | 'halfwidth-kana' | 'machine-dependent' | 'none'

// Encoding one character through the CP932 table is the slow part of every check, and the
// same few thousand characters come back on each keystroke: remember each answer.
const KIND_CACHE = new Map<string, JisKind>()
const KIND_CACHE_MAX = 20_000

function jisKind(ch: string): JisKind {
  const known = KIND_CACHE.get(ch)
  if (known !== undefined) return known
  const kind = jisKindOf(ch)
  if (KIND_CACHE.size >= KIND_CACHE_MAX) KIND_CACHE.clear()
  KIND_CACHE.set(ch, kind)
  return kind
}

function jisKindOf(ch: string): JisKind {
  const cp = ch.codePointAt(0) ?? 0
  if (cp < 0x80) return 'ascii'
  if (isHalfKana(cp)) return 'halfwidth-kana'
  if (cp >= 0xd800 && cp <= 0xdfff) return 'none'
  const b = sjis(ch)
  const lead = b[0] ?? 0x3f
  if (b.length !== 2) return 'none'
  if (lead === 0x87 || lead === 0xed || lead === 0xee || (lead >= 0xfa && lead <= 0xfc)) {
    return 'machine-dependent'
  }
  if (
    (lead >= 0x81 && lead <= 0x84) ||
    (lead >= 0x88 && lead <= 0x9f) ||
    (lead >= 0xe0 && lead <= 0xea)
  ) {
    return 'jis0208'
  }
  return 'none' // F0–F9: user-defined characters (外字)
}

const isSafeText = (s: string): boolean =>
  [...s].every((c) => {
    const k = jisKind(c)
    return k === 'jis0208' || (k === 'ascii' && c >= ' ')
  })

/**
 * Replacements no normalisation form gives: IBM/NEC extension kanji and the commonest
 * non-JIS X 0208 variants that IMEs now produce (JIS X 0213 forms), with their usual substitutes.
 */
const VARIANTS: Readonly<Record<string, string>> = {
  髙: '高',
  﨑: '崎',
  德: '徳',
  桒: '桑',
  栁: '柳',
  濵: '浜',
  瀨: '瀬',
  昻: '昂',
  﨔: '欅',
  彅: '薙',
  剝: '剥',
  噓: '嘘',
  俱: '倶',
  '𠮷': '吉',
  '𠮟': '叱',
  鷗: '鴎',
  頰: '頬',
  塡: '填',
  屛: '屏',
  摑: '掴',
  繫: '繋',
  蟬: '蝉',
  醬: '醤',
  瘦: '痩',
  禱: '祷',
  蠟: '蝋',
  潑: '溌',
  '©': '(C)',
  '®': '(R)',
  ゔ: 'ヴ',
  ゕ: 'ヵ',
  ゖ: 'ヶ',
  '—': '―',
  '·': '・',
  '‾': '￣',
  '¥': '￥',
  '〝': '“',
  '〟': '”',
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'] as const

const halfClass = (c: CharClass | undefined): boolean =>
  c === 'hankaku-alnum' || c === 'hankaku-digits' || c === 'email'

/** Adapts an ASCII-bearing replacement to the field's width. */
function fit(s: string, chars: CharClass | undefined, parensFullwidth: boolean): string {
  if (halfClass(chars)) return toHalfwidthAscii(s)
  if (chars === 'zenkaku') return toFullwidthAscii(s)
  return parensFullwidth ? s.replace('(', '（').replace(')', '）') : s
}

function replacementFor(ch: string, chars: CharClass | undefined): string | null {
  const cp = ch.codePointAt(0) ?? 0
  const zen = chars === 'zenkaku' || chars === 'zenkaku-katakana'
  const variant = Object.hasOwn(VARIANTS, ch) ? VARIANTS[ch] : undefined
  if (variant !== undefined) return fit(variant, chars, false)
  // ① … ⑳ → (1) / （１）in a 全角 field.
  const circled =
    cp >= 0x2460 && cp <= 0x2473
      ? cp - 0x245f
      : cp >= 0x3251 && cp <= 0x325f
        ? cp - 0x323c
        : cp >= 0x32b1 && cp <= 0x32bf
          ? cp - 0x3280
          : 0
  if (circled > 0) return zen ? `（${toFullwidthAscii(String(circled))}）` : `(${circled})`
  // Ⅰ … Ⅻ, ⅰ … ⅻ → III / iii, or the number in full-width digits in a 全角 field.
  const roman =
    cp >= 0x2160 && cp <= 0x216b ? cp - 0x215f : cp >= 0x2170 && cp <= 0x217b ? cp - 0x216f : 0
  if (roman > 0) {
    if (zen) return toFullwidthAscii(String(roman))
    const r = ROMAN[roman - 1] ?? ''
    return cp >= 0x2170 ? r.toLowerCase() : r
  }
  if (cp === 0xa0) return zen ? '\u3000' : ' '
  if (cp === 0x2013) return zen ? '－' : '-'
  // ㈱ → （株）, ㍿ → 株式会社, ㌔ → キロ, ㎝ → cm, № → No, 神 (compatibility form) → 神.
  const nfkc = ch.normalize('NFKC')
  if (nfkc !== ch && isSafeText(nfkc)) return fit(nfkc, chars, true)
  // é → e, ü → u.
  const bare = ch.normalize('NFD').replace(/\p{M}/gu, '')
  if (bare !== ch && bare !== '' && isSafeText(bare)) return fit(bare, chars, false)
  return null
}

/** Zero-width and format characters, variation selectors, the keycap mark: nothing to see. */
const isInvisible = (cp: number): boolean =>
  (cp >= 0x200b && cp <= 0x200f) ||
  (cp >= 0x2028 && cp <= 0x202e) ||
  (cp >= 0x2060 && cp <= 0x2064) ||
  cp === 0xfeff ||
  (cp >= 0x80 && cp <= 0x9f) || // C1 controls
  (cp >= 0xfe00 && cp <= 0xfe0f) ||
  cp === 0x20e3 ||
  (cp >= 0xe0000 && cp <= 0xe01ef) ||
  (cp >= 0xd800 && cp <= 0xdfff) // a lone surrogate
const EMOJI = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator})$/u

function classify(
  ch: string,
  chars: CharClass | undefined,
  multiline: boolean,
): Omit<RiskyChar, 'index'> | null {
  const cp = ch.codePointAt(0) ?? 0
  if (cp < 0x80) {
    // A tab never belongs in a portal field (it moves the focus there); a line break only in a
    // multi-line one. Other C0 controls and DEL are never typed on purpose.
    const lineBreak = cp === 0x0a || cp === 0x0d
    const control = (cp < 0x20 && !(lineBreak && multiline)) || cp === 0x7f
    return control ? { char: ch, suggestion: '', reason: 'invisible' } : null
  }
  if (isInvisible(cp)) {
    return { char: ch, suggestion: '', reason: 'invisible' }
  }
  const kind = jisKind(ch)
  if (kind === 'jis0208') return null
  if (kind === 'halfwidth-kana') {
    return { char: ch, suggestion: toFullwidthKatakana(ch, false), reason: 'halfwidth-kana' }
  }
  const suggestion = replacementFor(ch, chars)
  if (kind === 'machine-dependent') return { char: ch, suggestion, reason: kind }
  // Emoji have no text form worth keeping (™ → TM and © → (C) do, so they are offered first).
  if (suggestion === null && EMOJI.test(ch)) return { char: ch, suggestion: '', reason: 'emoji' }
  return { char: ch, suggestion, reason: 'outside-jis' }
}

/** Where line breaks are allowed: only in the multi-line fields (事業内容, 仕事内容, …). */
export interface RiskOptions {
  multiline?: boolean
}

/**
 * Characters the portal is likely to refuse, each with a replacement to offer. `chars` (the
 * field's class) only shapes the suggestion: ① → '(1)', but '（１）' in a 全角 field.
 * Half-width kana with a following ﾞ/ﾟ is reported as one character (ｶﾞ → ガ).
 * Tabs, other control characters and (outside multi-line fields) line breaks are invisible
 * characters to remove.
 */
export function findRiskyChars(
  value: string,
  chars?: CharClass,
  options: RiskOptions = {},
): RiskyChar[] {
  const multiline = options.multiline === true
  const found: RiskyChar[] = []
  let index = 0
  const cps = [...value]
  for (let i = 0; i < cps.length; i++) {
    const ch = cps[i] ?? ''
    const risky = classify(ch, chars, multiline)
    if (risky !== null) {
      const next = cps[i + 1]
      const nextCp = next?.codePointAt(0) ?? 0
      if (risky.reason === 'halfwidth-kana' && (nextCp === 0xff9e || nextCp === 0xff9f)) {
        const pair = ch + (next ?? '')
        found.push({ ...risky, char: pair, suggestion: toFullwidthKatakana(pair, false), index })
        index += pair.length
        i++
        continue
      }
      found.push({ ...risky, index })
    }
    index += ch.length
  }
  return found
}

/** Replaces every risky character that has a known replacement; returns the reasons applied. */
export function replaceRiskyChars(
  value: string,
  chars?: CharClass,
  options: RiskOptions = {},
): { value: string; reasons: RiskReason[] } {
  const risky = findRiskyChars(value, chars, options)
  if (risky.length === 0) return { value, reasons: [] }
  const reasons = new Set<RiskReason>()
  let out = ''
  let at = 0
  for (const r of risky) {
    out += value.slice(at, r.index)
    at = r.index + r.char.length
    if (r.suggestion === null) out += r.char
    else {
      out += r.suggestion
      reasons.add(r.reason)
    }
  }
  return { value: out + value.slice(at), reasons: [...reasons] }
}

/** How a removed character is named on screen: 「タブ」, 「改行」, 「絵文字」, 「見えない文字」. */
export type RemovedKind = 'tab' | 'newline' | 'emoji' | 'invisible'

/** The name of a risky character that is removed (suggestion ''), or null if it is replaced or kept. */
export function removedKind(risky: RiskyChar): RemovedKind | null {
  if (risky.suggestion !== '') return null
  if (risky.char === '\t') return 'tab'
  if (risky.char === '\n' || risky.char === '\r') return 'newline'
  return risky.reason === 'emoji' ? 'emoji' : 'invisible'
}
