import type { GuideMessageKey } from './i18n'

/**
 * Spelling an e-mail address aloud over the phone (case 1-① starts with exactly that), in Japanese
 * and English, one token per character so the UI can lay them out and highlight the risky ones.
 */

export type ConfusableId =
  | 'zeroOh'
  | 'oneEllEye'
  | 'rnM'
  | 'vvW'
  | 'hyphenUnderscore'
  | 'qNine'
  | 'sFive'
  | 'zTwo'
  | 'bEight'

interface ConfusableGroup {
  chars: string
  /** Always flag these; otherwise only when the address also holds a member of the other kind
   *  (a letter and a digit of the same group, e.g. both S and 5). */
  always: boolean
}

export const CONFUSABLES = {
  zeroOh: { chars: '0Oo', always: true },
  oneEllEye: { chars: '1lI', always: true },
  // 'r' and 'n' count only side by side (rn), 'v' only doubled (vv): see sequenceGroup.
  rnM: { chars: 'm', always: true },
  vvW: { chars: 'w', always: true },
  hyphenUnderscore: { chars: '-_', always: true },
  qNine: { chars: 'qg9', always: true },
  sFive: { chars: 'Ss5', always: false },
  zTwo: { chars: 'Zz2', always: false },
  bEight: { chars: 'B8', always: false },
} as const satisfies Record<ConfusableId, ConfusableGroup>

export const CONFUSABLE_KEY = {
  zeroOh: 'spell.confusable.zeroOh',
  oneEllEye: 'spell.confusable.oneEllEye',
  rnM: 'spell.confusable.rnM',
  vvW: 'spell.confusable.vvW',
  hyphenUnderscore: 'spell.confusable.hyphenUnderscore',
  qNine: 'spell.confusable.qNine',
  sFive: 'spell.confusable.sFive',
  zTwo: 'spell.confusable.zTwo',
  bEight: 'spell.confusable.bEight',
} as const satisfies Record<ConfusableId, GuideMessageKey>

export type SpellTokenKind = 'letter' | 'digit' | 'symbol' | 'invalid'

export interface SpellToken {
  char: string
  kind: SpellTokenKind
  /** Where the character sits: before the first '@', the '@' itself, or after it. */
  part: 'local' | 'at' | 'domain'
  /** Letters only. */
  upper?: boolean
  /** What to say in Japanese, e.g. 'エム', '大文字のエー', 'アットマーク', 'ゼロ'. */
  ja: string
  /** What to say in English, e.g. 'M', 'capital A', 'at', 'zero'. */
  en: string
  /** Letters that sound alike on the phone: a word to add (「マイクのエム」, 'M as in Mike'). */
  phoneticJa?: string
  phoneticEn?: string
  confusable?: ConfusableId
}

export interface SpelledEmail {
  tokens: SpellToken[]
  /** When true, letters carry 大文字/小文字 (capital/small); when false, say 「すべて小文字」 once. */
  hasUppercase: boolean
  /** Distinct groups flagged, in order of first appearance. */
  confusables: ConfusableId[]
  /** False when a character cannot be in a login address (full-width, space, non-ASCII). */
  allValid: boolean
  ja: string
  en: string
}

const LETTER_JA: Readonly<Record<string, string>> = {
  a: 'エー',
  b: 'ビー',
  c: 'シー',
  d: 'ディー',
  e: 'イー',
  f: 'エフ',
  g: 'ジー',
  h: 'エイチ',
  i: 'アイ',
  j: 'ジェー',
  k: 'ケー',
  l: 'エル',
  m: 'エム',
  n: 'エヌ',
  o: 'オー',
  p: 'ピー',
  q: 'キュー',
  r: 'アール',
  s: 'エス',
  t: 'ティー',
  u: 'ユー',
  v: 'ブイ',
  w: 'ダブリュー',
  x: 'エックス',
  y: 'ワイ',
  z: 'ゼット',
}

// Readings used on the phone in Japan: ニー/ゴー lengthened, ヨン/ナナ/キュウ rather than シ/シチ/ク.
const DIGIT_JA = ['ゼロ', 'イチ', 'ニー', 'サン', 'ヨン', 'ゴー', 'ロク', 'ナナ', 'ハチ', 'キュウ']
const DIGIT_EN = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']

const SYMBOLS: Readonly<Record<string, { ja: string; en: string }>> = {
  '@': { ja: 'アットマーク', en: 'at' },
  '.': { ja: 'ドット', en: 'dot' },
  '-': { ja: 'ハイフン', en: 'hyphen' },
  _: { ja: 'アンダーバー', en: 'underscore' },
  '+': { ja: 'プラス', en: 'plus' },
  '!': { ja: 'エクスクラメーションマーク', en: 'exclamation mark' },
  '#': { ja: 'シャープ', en: 'hash' },
  $: { ja: 'ドル記号', en: 'dollar sign' },
  '%': { ja: 'パーセント', en: 'percent' },
  '&': { ja: 'アンド', en: 'ampersand' },
  "'": { ja: 'アポストロフィ', en: 'apostrophe' },
  '*': { ja: 'アスタリスク', en: 'asterisk' },
  '/': { ja: 'スラッシュ', en: 'slash' },
  '=': { ja: 'イコール', en: 'equals' },
  '?': { ja: 'クエスチョンマーク', en: 'question mark' },
  '^': { ja: 'キャレット', en: 'caret' },
  '`': { ja: 'バッククォート', en: 'backtick' },
  '{': { ja: '左中かっこ', en: 'left brace' },
  '|': { ja: '縦線', en: 'vertical bar' },
  '}': { ja: '右中かっこ', en: 'right brace' },
  '~': { ja: 'チルダ', en: 'tilde' },
}

// Letters easily misheard on a phone line (ビー/ディー/ピー/ティー, エム/エヌ, エフ/エス …).
const SOUNDS_ALIKE = new Set('bcdegmnpstvz')

const PHONETIC: Readonly<Record<string, { ja: string; en: string }>> = {
  b: { ja: 'ボーイ', en: 'Bravo' },
  c: { ja: 'キャット', en: 'Charlie' },
  d: { ja: 'ドッグ', en: 'Delta' },
  e: { ja: 'エッグ', en: 'Echo' },
  g: { ja: 'ゴルフ', en: 'Golf' },
  m: { ja: 'マイク', en: 'Mike' },
  n: { ja: 'ナンバー', en: 'November' },
  p: { ja: 'ピアノ', en: 'Papa' },
  s: { ja: 'スポーツ', en: 'Sierra' },
  t: { ja: 'トウキョウ', en: 'Tango' },
  v: { ja: 'ビクトリー', en: 'Victor' },
  z: { ja: 'ゼブラ', en: 'Zulu' },
}

function baseToken(char: string, part: SpellToken['part'], withCase: boolean): SpellToken {
  if (/^[a-zA-Z]$/.test(char)) {
    const lower = char.toLowerCase()
    const upper = char !== lower
    const name = LETTER_JA[lower] ?? char
    const token: SpellToken = {
      char,
      kind: 'letter',
      part,
      upper,
      ja: withCase ? `${upper ? '大文字' : '小文字'}の${name}` : name,
      en: withCase ? `${upper ? 'capital' : 'small'} ${char}` : char.toUpperCase(),
    }
    const phonetic = SOUNDS_ALIKE.has(lower) ? PHONETIC[lower] : undefined
    if (phonetic) {
      token.phoneticJa = `${phonetic.ja}の${name}`
      token.phoneticEn = `${char.toUpperCase()} as in ${phonetic.en}`
    }
    return token
  }
  if (/^[0-9]$/.test(char)) {
    const digit = Number(char)
    return { char, kind: 'digit', part, ja: DIGIT_JA[digit] ?? char, en: DIGIT_EN[digit] ?? char }
  }
  const symbol = SYMBOLS[char]
  if (symbol) return { char, kind: 'symbol', part, ...symbol }
  return { char, kind: 'invalid', part, ja: char, en: char }
}

function flagConfusables(tokens: SpellToken[]): void {
  const present = new Set(tokens.map((token) => token.char))
  for (const [index, token] of tokens.entries()) {
    const next = tokens[index + 1]?.char
    const previous = tokens[index - 1]?.char
    if ((token.char === 'r' && next === 'n') || (token.char === 'n' && previous === 'r')) {
      token.confusable = 'rnM'
      continue
    }
    if (token.char === 'v' && (next === 'v' || previous === 'v')) {
      token.confusable = 'vvW'
      continue
    }
    for (const [id, group] of Object.entries(CONFUSABLES) as [ConfusableId, ConfusableGroup][]) {
      if (!group.chars.includes(token.char)) continue
      const isDigit = /[0-9]/.test(token.char)
      const rival = [...group.chars].some(
        (other) => /[0-9]/.test(other) !== isDigit && present.has(other),
      )
      if (group.always || rival) token.confusable = id
      break
    }
  }
}

/** Spells an address character by character; never throws, flags what cannot be in an address. */
export function spellEmail(address: string): SpelledEmail {
  const chars = [...address]
  const atIndex = chars.indexOf('@')
  const hasUppercase = /[A-Z]/.test(address)
  const tokens = chars.map((char, index) => {
    const part = atIndex === -1 || index < atIndex ? 'local' : index === atIndex ? 'at' : 'domain'
    return baseToken(char, part, hasUppercase)
  })
  flagConfusables(tokens)
  const confusables = [
    ...new Set(tokens.flatMap((token) => (token.confusable ? [token.confusable] : []))),
  ]
  return {
    tokens,
    hasUppercase,
    confusables,
    allValid: tokens.every((token) => token.kind !== 'invalid'),
    ja: tokens.map((token) => token.ja).join('、'),
    en: tokens.map((token) => token.en).join(', '),
  }
}
